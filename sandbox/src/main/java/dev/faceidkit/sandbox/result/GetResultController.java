package dev.faceidkit.sandbox.result;

import dev.faceidkit.sandbox.form.FieldsBeyondTheStubs;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.account.Caller;
import dev.faceidkit.sandbox.error.RequestIds;
import dev.faceidkit.sandbox.http.RequestTiming;
import dev.faceidkit.generated.server.api.ResultApi;
import dev.faceidkit.generated.server.model.GetResultResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /faceid/lite/get_result}: the generated interface, backed by {@link GetResultService}. */
@RestController
public class GetResultController implements ResultApi {

    private final GetResultRequestValidator validator;
    private final GetResultService service;
    private final RequestIds requestIds;
    private final HttpServletRequest request;
    private final FieldsBeyondTheStubs newerFields;

    public GetResultController(GetResultRequestValidator validator, GetResultService service, RequestIds requestIds,
                               HttpServletRequest request, FieldsBeyondTheStubs newerFields) {
        this.validator = validator;
        this.service = service;
        this.requestIds = requestIds;
        this.request = request;
        this.newerFields = newerFields;
    }

    @Override
    public ResponseEntity<GetResultResponse> getResult(String apiKey, String apiSecret, String bizId,
            String returnVerifyTime, String returnImage, String getFailReason, String returnMultifacesTag) {
        GetResultRequest valid = validator.validate(bizId, returnVerifyTime, returnImage, getFailReason,
                returnMultifacesTag);
        newerFields.check(ApiOperation.GET_RESULT, request);
        GetResultResponse response = service.read(Caller.of(request), valid)
                .requestId(requestIds.next())
                .timeUsed(RequestTiming.elapsedMillis(request));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
    }
}
