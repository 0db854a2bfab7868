package dev.faceidkit.conformancetests.client;

import dev.faceidkit.sdk.GetResultRequest;
import dev.faceidkit.sdk.ReturnImage;
import java.util.function.Consumer;

/** get_result's parameter examples as the SDK's {@link GetResultRequest} (credentials come from the client). */
final class GetResultFromExample {

    private GetResultFromExample() {
    }

    static GetResultRequest of(ExampleFields fields) {
        GetResultRequest.Builder builder = GetResultRequest.builder().bizId(fields.text("biz_id"))
                .returnImage(fields.wireEnum("return_image", ReturnImage.class,
                        ReturnImage::wireValue));
        ifSet(fields.flag("return_verify_time"), builder::returnVerifyTime);
        ifSet(fields.flag("get_fail_reason"), builder::getFailReason);
        ifSet(fields.flag("return_multifaces_tag"), builder::returnMultifacesTag);
        return builder.build();
    }

    private static void ifSet(Boolean value, Consumer<Boolean> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
