package dev.faceidkit.sandbox.result;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sandbox.account.Account;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.generated.server.model.GetResultResponse;
import dev.faceidkit.generated.server.model.LiteBizInfo;
import dev.faceidkit.generated.server.model.LiteImages;
import dev.faceidkit.generated.server.model.LiteVerifyResult;
import dev.faceidkit.generated.server.model.LivenessResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * get_result after validation: the record (owner, retention, a record-level error), the read count, then the
 * scenario's body shaped by the query flags.
 */
@Service
public class GetResultService {

    private static final String PASS = "PASS";
    /** Images selected by each return_image value; 4 selects every image the flow captured. */
    private static final Map<Integer, List<String>> IMAGES_BY_CHOICE = Map.of(
            1, List.of("image_best"),
            2, List.of("image_idcard_front"),
            3, List.of("image_idcard_back"),
            4, List.of("image_best", "image_idcard_front", "image_idcard_back", "image_face_front", "image_face_side"),
            5, List.of("image_face_front"),
            6, List.of("image_face_side"));

    private final ResultStore store;
    private final LiteScenarioCatalog scenarios;
    private final LiteImageSource images;
    private final Set<String> billedErrors;

    public GetResultService(ResultStore store, LiteScenarioCatalog scenarios, LiteImageSource images,
                            Contract contract) {
        this.store = store;
        this.scenarios = scenarios;
        this.images = images;
        // Images come only with a billed (or no) comparison error; the contract lists the billed ones.
        this.billedErrors = contract.billedCodes("LiteVerifyResult", "error_message");
    }

    /** The response body without {@code request_id} and {@code time_used}, which the caller adds. */
    public GetResultResponse read(Account account, GetResultRequest request) {
        LiteRecord record = store.find(request.bizId(), account.apiKey());
        if (record.scenario().error() != null) {
            throw FaceIdError.of(record.scenario().error());
        }
        store.countRead(record);
        GetResultResponse body = scenarios.body(record.scenario());
        body.bizInfo((body.getBizInfo() == null ? new LiteBizInfo() : body.getBizInfo()).bizId(record.bizId()));
        if (request.returnVerifyTime() && body.getVerifyResult() != null) {
            body.getVerifyResult().verifyTime(record.createdAt().getEpochSecond());
        }
        body.images(request.returnImage() > 0 && imagesAllowed(body)
                ? selectImages(record.scenario(), request.returnImage())
                : null);
        if (!request.getFailReason()) {
            body.failReason(null);
        }
        if (request.returnMultifacesTag() && body.getLivenessResult() != null) {
            boolean several = "1".equals(record.scenario().multifaces());
            body.multifacesTag(several ? "1" : "0")
                    .multifacesImage(several ? images.multifacesImage() : "");
        }
        return body;
    }

    /** Liveness passed, a comparison exists and its error is null or billed (DECISIONS.md, D-28). */
    private boolean imagesAllowed(GetResultResponse body) {
        LivenessResult liveness = body.getLivenessResult();
        LiteVerifyResult verify = body.getVerifyResult();
        return liveness != null && PASS.equals(liveness.getResult()) && verify != null
                && (verify.getErrorMessage() == null || billedErrors.contains(verify.getErrorMessage()));
    }

    private LiteImages selectImages(LiteScenario scenario, int choice) {
        List<String> selected = new ArrayList<>(IMAGES_BY_CHOICE.get(choice));
        selected.retainAll(scenario.images());
        if (selected.isEmpty()) {
            return null;
        }
        LiteImages chosen = new LiteImages();
        for (String key : selected) {
            String image = images.image(key);
            switch (key) {
                case "image_best" -> chosen.imageBest(image);
                case "image_idcard_front" -> chosen.imageIdcardFront(image);
                case "image_idcard_back" -> chosen.imageIdcardBack(image);
                case "image_face_front" -> chosen.imageFaceFront(image);
                default -> chosen.imageFaceSide(image);
            }
        }
        return chosen;
    }
}
