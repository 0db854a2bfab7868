package dev.faceidkit.sandbox.result;

import dev.faceidkit.sandbox.form.Fields;
import org.springframework.stereotype.Component;

/** Validates the get_result query: {@code biz_id}, then the four optional flags. */
@Component
public class GetResultRequestValidator {

    public GetResultRequest validate(String bizId, String returnVerifyTime, String returnImage, String getFailReason,
                                     String returnMultifacesTag) {
        return new GetResultRequest(
                Fields.required("biz_id", bizId),
                Fields.flag("return_verify_time", returnVerifyTime, false),
                Integer.parseInt(Fields.choice("return_image", returnImage, "0", "0", "1", "2", "3", "4", "5", "6")),
                Fields.flag("get_fail_reason", getFailReason, false),
                Fields.flag("return_multifaces_tag", returnMultifacesTag, false));
    }
}
