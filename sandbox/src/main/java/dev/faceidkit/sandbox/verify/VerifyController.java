package dev.faceidkit.sandbox.verify;

import dev.faceidkit.sandbox.form.FieldsBeyondTheStubs;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.account.Caller;
import dev.faceidkit.sandbox.error.RequestIds;
import dev.faceidkit.sandbox.http.RequestTiming;
import dev.faceidkit.generated.server.api.VerifyApi;
import dev.faceidkit.generated.server.model.VerifyResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /faceid/v2/verify}: the generated Verify 2.0.6 interface, backed by {@link VerifyService}. */
@RestController
public class VerifyController implements VerifyApi {

    private final VerifyRequestValidator validator;
    private final VerifyService service;
    private final RequestIds requestIds;
    private final HttpServletRequest request;
    private final FieldsBeyondTheStubs newerFields;

    public VerifyController(VerifyRequestValidator validator, VerifyService service, RequestIds requestIds,
                            HttpServletRequest request, FieldsBeyondTheStubs newerFields) {
        this.validator = validator;
        this.service = service;
        this.requestIds = requestIds;
        this.request = request;
        this.newerFields = newerFields;
    }

    @Override
    public ResponseEntity<VerifyResponse> verify(String apiKey, String apiSecret, String comparisonType,
            String faceImageType, String multiOrientedDetection, String idcardName, String idcardNumber,
            MultipartFile imageRef1, MultipartFile imageRef2, MultipartFile imageRef3, String uuid, String delta,
            MultipartFile imageBest, MultipartFile imageEnv, MultipartFile imageAction1, MultipartFile imageAction2,
            MultipartFile imageAction3, MultipartFile imageAction4, MultipartFile imageAction5, String checkDelta,
            String faceToken, MultipartFile image, String failWhenMultipleFaces, String faceQualityThreshold,
            String returnFaces, MultipartFile megliveFlashResult) {
        VerifyRequest valid = validator.validate(new VerifyForm(comparisonType, faceImageType, multiOrientedDetection,
                idcardName, idcardNumber, imageRef1, imageRef2, imageRef3, uuid, delta, imageBest, imageEnv,
                Arrays.asList(imageAction1, imageAction2, imageAction3, imageAction4, imageAction5), checkDelta,
                faceToken, image, failWhenMultipleFaces, faceQualityThreshold, returnFaces, megliveFlashResult));
        newerFields.check(ApiOperation.VERIFY, request);
        VerifyResponse response = service.verify(Caller.of(request), valid)
                .requestId(requestIds.next())
                .timeUsed(RequestTiming.elapsedMillis(request));
        // Explicit: the mapping also produces text/plain (for 413), which Accept alone could select.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
    }
}
