package dev.faceidkit.sandbox.rawverify;

import dev.faceidkit.sandbox.form.FieldsBeyondTheStubs;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.account.Caller;
import dev.faceidkit.sandbox.error.RequestIds;
import dev.faceidkit.sandbox.http.RequestTiming;
import dev.faceidkit.generated.server.api.RawVerifyApi;
import dev.faceidkit.generated.server.model.RawVerifyResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /faceid/lite/raw/verify}: the generated Raw-Verify interface, backed by {@link RawVerifyService}. */
@RestController
public class RawVerifyController implements RawVerifyApi {

    private final RawVerifyRequestValidator validator;
    private final RawVerifyService service;
    private final RequestIds requestIds;
    private final HttpServletRequest request;
    private final FieldsBeyondTheStubs newerFields;

    public RawVerifyController(RawVerifyRequestValidator validator, RawVerifyService service, RequestIds requestIds,
                               HttpServletRequest request, FieldsBeyondTheStubs newerFields) {
        this.validator = validator;
        this.service = service;
        this.requestIds = requestIds;
        this.request = request;
        this.newerFields = newerFields;
    }

    @Override
    public ResponseEntity<RawVerifyResponse> rawVerify(String apiKey, String apiSecret, String token,
            String comparisonType, String bizNo, String livenessPreferences, String multiOrientedDetection,
            String idcardName, String idcardNumber, MultipartFile imageRef1, MultipartFile imageRef2,
            MultipartFile imageRef3, String uuid) {
        RawVerifyRequest valid = validator.validate(new RawVerifyForm(token, comparisonType, bizNo,
                livenessPreferences, multiOrientedDetection, idcardName, idcardNumber, imageRef1, imageRef2,
                imageRef3, uuid));
        newerFields.check(ApiOperation.RAW_VERIFY, request);
        RawVerifyResponse response = service.verify(Caller.of(request), valid)
                .requestId(requestIds.next())
                .timeUsed(RequestTiming.elapsedMillis(request))
                .bizNo(bizNo);
        // Explicit: the mapping also produces text/plain (for 413), which Accept alone could select.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
    }
}
