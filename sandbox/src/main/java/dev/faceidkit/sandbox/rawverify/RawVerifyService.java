package dev.faceidkit.sandbox.rawverify;

import dev.faceidkit.sandbox.account.Account;
import dev.faceidkit.sandbox.account.Refusal;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.identity.DataSource;
import dev.faceidkit.sandbox.image.DecodedImage;
import dev.faceidkit.sandbox.image.FaceComparer;
import dev.faceidkit.sandbox.image.UploadedImages;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.generated.server.model.ComparisonResult;
import dev.faceidkit.generated.server.model.RawVerifyLiveness;
import dev.faceidkit.generated.server.model.RawVerifyResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Raw-Verify after validation: permission for the comparison type, the token, the reference photos, then the
 * liveness recorded under the token. When the procedure did not pass, only {@code liveness} is returned and no
 * comparison (nor data-source look-up) is made; otherwise the face the token saw is compared.
 */
@Service
public class RawVerifyService {

    private static final String PASSED = "PASSED";
    private static final String METADATA_INCONSISTENT = "SELFIE_METADATA_INCONSISTENT";

    private final RawTokenStore tokens;
    private final UploadedImages images;
    private final DataSource dataSource;
    private final FaceComparer comparer;

    public RawVerifyService(RawTokenStore tokens, UploadedImages images, DataSource dataSource, FaceComparer comparer) {
        this.tokens = tokens;
        this.images = images;
        this.dataSource = dataSource;
        this.comparer = comparer;
    }

    /** The response body without {@code request_id}, {@code time_used} and {@code biz_no}, which the caller adds. */
    public RawVerifyResponse verify(Account account, RawVerifyRequest request) {
        if (request.dataSource() && !account.dataSourceComparison()) {
            throw Refusal.NO_DATA_SOURCE_PERMISSION.error(ApiOperation.RAW_VERIFY);
        }
        if (!request.dataSource() && !account.referenceComparison()) {
            throw Refusal.NO_REFERENCE_PERMISSION.error(ApiOperation.RAW_VERIFY);
        }
        RawToken token = tokens.find(request.token(), account.apiKey())
                .orElseThrow(() -> FaceIdError.of(FaceIdErrorCode.INVALID_TOKEN));
        Map<String, DecodedImage> references = new LinkedHashMap<>();
        request.references().forEach((param, file) ->
                references.put(param, images.referencePhoto(file, ApiOperation.RAW_VERIFY, param, request.multiOriented(), true)));

        String procedure = procedureValidation(token, request.preferences());
        RawVerifyResponse response = new RawVerifyResponse().liveness(new RawVerifyLiveness(procedure));
        if (!PASSED.equals(procedure)) {
            return response;
        }
        response.getLiveness().faceGenuineness(token.faceGenuineness());
        DecodedImage face = images.decode(token.faceImage(), FaceIdError.of(FaceIdErrorCode.INTERNAL_ERROR));
        if (request.dataSource()) {
            DataSource.Match match = dataSource.lookup(request.idcardNumber(), request.idcardName());
            response.resultFaceid(comparer.compare(face.fingerprint(), match.photo().fingerprint()))
                    .idExceptions(match.exceptions());
        }
        references.forEach((param, reference) ->
                setResult(response, param, comparer.compare(face.fingerprint(), reference.fingerprint())));
        return response;
    }

    /** The metadata check is skipped with {@code selfie_no_metadata_check}, so its failure then does not count. */
    private static String procedureValidation(RawToken token, String preferences) {
        if (METADATA_INCONSISTENT.equals(token.procedureValidation())
                && RawVerifyRequest.NO_METADATA_CHECK.equals(preferences)) {
            return PASSED;
        }
        return token.procedureValidation();
    }

    private static void setResult(RawVerifyResponse response, String param, ComparisonResult result) {
        switch (param) {
            case "image_ref1" -> response.resultRef1(result);
            case "image_ref2" -> response.resultRef2(result);
            case "image_ref3" -> response.resultRef3(result);
            default -> throw new IllegalArgumentException("Not a reference photo field: " + param);
        }
    }
}
