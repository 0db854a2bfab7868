package dev.faceidkit.sandbox.biztoken;

import dev.faceidkit.sandbox.form.FieldsBeyondTheStubs;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.account.Caller;
import dev.faceidkit.sandbox.error.RequestIds;
import dev.faceidkit.sandbox.http.RequestTiming;
import dev.faceidkit.generated.server.api.BizTokenApi;
import dev.faceidkit.generated.server.model.BizTokenResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /faceid/v3/sdk/get_biz_token}: the generated interface, backed by {@link BizTokenService}. */
@RestController
public class BizTokenController implements BizTokenApi {

    private final BizTokenRequestValidator validator;
    private final BizTokenService service;
    private final RequestIds requestIds;
    private final HttpServletRequest request;
    private final FieldsBeyondTheStubs newerFields;

    public BizTokenController(BizTokenRequestValidator validator, BizTokenService service, RequestIds requestIds,
                              HttpServletRequest request, FieldsBeyondTheStubs newerFields) {
        this.validator = validator;
        this.service = service;
        this.requestIds = requestIds;
        this.request = request;
        this.newerFields = newerFields;
    }

    @Override
    public ResponseEntity<BizTokenResponse> getBizToken(String sign, String signVersion, String livenessType,
            String comparisonType, String bizNo, String livenessTimeout, String verbose, String securityLevel,
            String forceCompare, String multiOrientedDetection, String livenessLevel, String maximumBrightness,
            String getLivenessVideo, String deviceRisk, String multipleFacesDetection, String idcardName,
            String idcardNumber, MultipartFile imageRef1, MultipartFile imageRef2, String uuid,
            String livenessActionCount, String faceReplaceDetection, String eyesCloseDetection,
            String flashLivenessTimeout, MultipartFile image, String failWhenMultipleFaces,
            String faceQualityThreshold, String returnFaces) {
        BizTokenRequest valid = validator.validate(new BizTokenForm(livenessType, comparisonType, bizNo,
                livenessTimeout, verbose, securityLevel, forceCompare, multiOrientedDetection, livenessLevel,
                maximumBrightness, getLivenessVideo, deviceRisk, multipleFacesDetection, idcardName, idcardNumber,
                imageRef1, imageRef2, uuid, livenessActionCount, faceReplaceDetection, eyesCloseDetection,
                flashLivenessTimeout, image, failWhenMultipleFaces, faceQualityThreshold, returnFaces));
        newerFields.check(ApiOperation.GET_BIZ_TOKEN, request);
        BizSession session = service.issue(Caller.of(request), valid);
        BizTokenResponse response = new BizTokenResponse(requestIds.next(), RequestTiming.elapsedMillis(request),
                session.bizToken());
        // Explicit: the mapping also produces text/plain (for 413), which Accept alone could select.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
    }
}
