package dev.faceidkit.sandbox.biztoken;

import dev.faceidkit.sandbox.account.Account;
import dev.faceidkit.sandbox.account.Refusal;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.image.DecodedImage;
import dev.faceidkit.sandbox.image.DetectedFace;
import dev.faceidkit.sandbox.image.FaceDetector;
import dev.faceidkit.sandbox.image.UploadedImages;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * get_biz_token after validation: permission for the comparison type, the retry limit per person, the images
 * (reference photos, then the raw image), and a new single-use biz_token. Several faces in a reference photo are
 * no error here: the largest is compared.
 */
@Service
public class BizTokenService {

    private final UploadedImages images;
    private final FaceDetector detector;
    private final RetryCounter retries;
    private final BizTokenStore store;

    public BizTokenService(UploadedImages images, FaceDetector detector, RetryCounter retries, BizTokenStore store) {
        this.images = images;
        this.detector = detector;
        this.retries = retries;
        this.store = store;
    }

    public BizSession issue(Account account, BizTokenRequest request) {
        if (request.dataSource() && !account.dataSourceComparison()) {
            throw Refusal.NO_DATA_SOURCE_PERMISSION.error(ApiOperation.GET_BIZ_TOKEN);
        }
        if (!request.dataSource() && !account.referenceComparison()) {
            throw Refusal.NO_REFERENCE_PERMISSION.error(ApiOperation.GET_BIZ_TOKEN);
        }
        if (account.comparisonRetryLimit() != null
                && !retries.attempt(account.apiKey(), request.person(), account.comparisonRetryLimit())) {
            throw Refusal.MORE_RETRY_TIMES.error(ApiOperation.GET_BIZ_TOKEN);
        }
        request.references().forEach((param, file) ->
                images.referencePhoto(file, ApiOperation.GET_BIZ_TOKEN, param, request.multiOriented(), false));
        if (request.image() != null) {
            checkRawImage(request.image());
        }
        return store.issue(account.apiKey(), request.livenessType(), request.dataSource() ? "1" : "0",
                request.bizNo());
    }

    private void checkRawImage(BizTokenRequest.RawImage raw) {
        DecodedImage image = images.decode(raw.file(), ApiOperation.GET_BIZ_TOKEN, "image");
        List<DetectedFace> faces = detector.detect(image, false);
        if (faces.isEmpty()) {
            throw FaceIdError.of(FaceIdErrorCode.NO_FACE_FOUND, "image");
        }
        if (faces.size() > 1 && raw.failWhenMultipleFaces()) {
            throw FaceIdError.of(FaceIdErrorCode.MULTIPLE_FACES);
        }
        if (faces.get(0).quality() < raw.qualityThreshold()) {
            throw FaceIdError.of(FaceIdErrorCode.LOW_QUALITY);
        }
    }
}
