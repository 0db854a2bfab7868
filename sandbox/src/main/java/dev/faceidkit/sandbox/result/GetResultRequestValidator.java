package dev.faceidkit.sandbox.result;

import dev.faceidkit.sandbox.form.FormRules;
import dev.faceidkit.sandbox.http.ApiOperation;
import org.springframework.stereotype.Component;

/** Validates the get_result query: {@code biz_id}, then the four optional flags, by the contract's rules. */
@Component
public class GetResultRequestValidator {

    private final FormRules rules;

    public GetResultRequestValidator(FormRules rules) {
        this.rules = rules;
    }

    public GetResultRequest validate(String bizId, String returnVerifyTime, String returnImage, String getFailReason,
                                     String returnMultifacesTag) {
        FormRules.Rules getResult = rules.of(ApiOperation.GET_RESULT);
        return new GetResultRequest(
                getResult.required("biz_id", bizId),
                getResult.flag("return_verify_time", returnVerifyTime),
                getResult.integer("return_image", returnImage),
                getResult.flag("get_fail_reason", getFailReason),
                getResult.flag("return_multifaces_tag", returnMultifacesTag));
    }
}
