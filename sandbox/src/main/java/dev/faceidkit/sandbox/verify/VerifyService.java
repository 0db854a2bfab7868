package dev.faceidkit.sandbox.verify;

import dev.faceidkit.sandbox.account.Account;
import dev.faceidkit.sandbox.account.Refusal;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.identity.DataSource;
import dev.faceidkit.sandbox.image.DecodedImage;
import dev.faceidkit.sandbox.image.FaceComparer;
import dev.faceidkit.sandbox.image.UploadedImages;
import dev.faceidkit.sandbox.state.OnceOnlyLedger;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.generated.server.model.ComparisonResult;
import dev.faceidkit.generated.server.model.VerifyResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Verify 2.0.6 after validation, in this order: permission for the comparison type, the reference photos
 * ({@code image_ref1} to {@code image_ref3}), the face under verification, the once-only delta or biz number,
 * the data source, and the comparisons. Cheap checks come first; the billed data-source look-up comes last.
 */
@Service
public class VerifyService {

    private final UploadedImages images;
    private final VerifyFaceReader faceReader;
    private final DataSource dataSource;
    private final FaceComparer comparer;
    private final OnceOnlyLedger usedDeltas;
    private final OnceOnlyLedger usedMegLiveBizNos;

    public VerifyService(UploadedImages images, VerifyFaceReader faceReader, DataSource dataSource,
                         FaceComparer comparer, @Qualifier("usedDeltas") OnceOnlyLedger usedDeltas,
                         @Qualifier("usedMegLiveBizNos") OnceOnlyLedger usedMegLiveBizNos) {
        this.images = images;
        this.faceReader = faceReader;
        this.dataSource = dataSource;
        this.comparer = comparer;
        this.usedDeltas = usedDeltas;
        this.usedMegLiveBizNos = usedMegLiveBizNos;
    }

    /** The response body without {@code request_id} and {@code time_used}, which the caller adds. */
    public VerifyResponse verify(Account account, VerifyRequest request) {
        checkPermission(account, request);
        Map<String, DecodedImage> references = new LinkedHashMap<>();
        request.references().forEach((param, file) ->
                references.put(param, images.referencePhoto(file, ApiOperation.VERIFY, param, request.multiOriented(), true)));
        VerifyFace face = faceReader.read(request);
        useOnce(account, face.onceOnlyUse());
        DataSource.Match match = request.dataSource()
                ? dataSource.lookup(request.idcardNumber(), request.idcardName())
                : null;

        VerifyResponse response = new VerifyResponse().faces(face.faces()).faceGenuineness(face.genuineness());
        if (match != null) {
            response.resultFaceid(comparer.compare(face.image().fingerprint(), match.photo().fingerprint()))
                    .idExceptions(match.exceptions());
        }
        references.forEach((param, reference) ->
                setResult(response, param, comparer.compare(face.image().fingerprint(), reference.fingerprint())));
        return response;
    }

    private static void checkPermission(Account account, VerifyRequest request) {
        if (request.dataSource() && !account.dataSourceComparison()) {
            throw Refusal.NO_DATA_SOURCE_PERMISSION.error(ApiOperation.VERIFY);
        }
        if (!request.dataSource() && !account.referenceComparison()) {
            throw Refusal.NO_REFERENCE_PERMISSION.error(ApiOperation.VERIFY);
        }
    }

    /** Records the use; a delta used before fails only with {@code check_delta=1}, a biz number always. */
    private void useOnce(Account account, VerifyFace.OnceOnlyUse use) {
        if (use == null) {
            return;
        }
        boolean first = switch (use.kind()) {
            case DELTA -> usedDeltas.claim(account.apiKey(), use.value());
            case MEGLIVE_BIZ_NO -> usedMegLiveBizNos.claim(account.apiKey(), use.value());
        };
        if (!first && use.failIfUsed()) {
            throw FaceIdError.of(use.kind() == VerifyFace.OnceOnlyUse.Kind.DELTA
                    ? FaceIdErrorCode.DELTA_USED : FaceIdErrorCode.MEGLIVE_BIZ_NO_USED);
        }
    }

    private static void setResult(VerifyResponse response, String param, ComparisonResult result) {
        switch (param) {
            case "image_ref1" -> response.resultRef1(result);
            case "image_ref2" -> response.resultRef2(result);
            case "image_ref3" -> response.resultRef3(result);
            default -> throw new IllegalArgumentException("Not a reference photo field: " + param);
        }
    }
}
