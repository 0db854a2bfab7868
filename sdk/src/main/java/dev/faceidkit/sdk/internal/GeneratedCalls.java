package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.faceidkit.generated.client.api.BizTokenApi;
import dev.faceidkit.generated.client.api.RawVerifyApi;
import dev.faceidkit.generated.client.api.ResultApi;
import dev.faceidkit.generated.client.api.VerifyApi;
import dev.faceidkit.generated.client.model.BizTokenResponse;
import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.generated.client.model.RawVerifyResponse;
import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.sdk.http.TextPartConverterFactory;
import dev.faceidkit.signing.BizTokenSignature;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Retrofit;

/**
 * Turns the SDK's request objects into HTTP requests through the generated Retrofit interfaces: each form
 * field goes into the positional parameter of the same name, each file into a part the SDK names. Retrofit
 * builds the request; the SDK then appends what the generated methods cannot carry (the caller's extra fields,
 * and documented text fields the generated client has no parameter for), and sends it itself (see
 * {@link CallExecutor}).
 */
public final class GeneratedCalls {

    private final VerifyApi verifyApi;
    private final RawVerifyApi rawVerifyApi;
    private final BizTokenApi bizTokenApi;
    private final ResultApi resultApi;
    // Built once: a reader per call would cost more than the call's own parsing.
    private static final ObjectReader VERIFY_READER = LenientJson.MAPPER.readerFor(VerifyResponse.class);
    private static final ObjectReader RAW_VERIFY_READER = LenientJson.MAPPER.readerFor(RawVerifyResponse.class);
    private static final ObjectReader BIZ_TOKEN_READER = LenientJson.MAPPER.readerFor(BizTokenResponse.class);
    private static final ObjectReader GET_RESULT_READER = LenientJson.MAPPER.readerFor(GetResultResponse.class);
    // The wire names each generated method carries; documented text fields beyond them are appended.
    private static final Set<String> VERIFY_CARRIES = GeneratedParameters.of(VerifyApi.class, "verify");
    private static final Set<String> RAW_VERIFY_CARRIES = GeneratedParameters.of(RawVerifyApi.class, "rawVerify");
    private static final Set<String> BIZ_TOKEN_CARRIES = GeneratedParameters.of(BizTokenApi.class, "getBizToken");
    private static final Set<String> GET_RESULT_CARRIES = GeneratedParameters.of(ResultApi.class, "getResult");

    public GeneratedCalls(Retrofit retrofit) {
        this.verifyApi = retrofit.create(VerifyApi.class);
        this.rawVerifyApi = retrofit.create(RawVerifyApi.class);
        this.bizTokenApi = retrofit.create(BizTokenApi.class);
        this.resultApi = retrofit.create(ResultApi.class);
    }

    public PreparedCall<VerifyResponse> verify(String apiKey, String apiSecret, FormFields f) {
        Request request = verifyApi.verify(apiKey, apiSecret, f.text("comparison_type"), f.text("face_image_type"),
                f.text("multi_oriented_detection"), f.text("idcard_name"), f.text("idcard_number"),
                f.part("image_ref1"), f.part("image_ref2"), f.part("image_ref3"), f.text("uuid"), f.text("delta"),
                f.part("image_best"), f.part("image_env"), f.part("image_action1"), f.part("image_action2"),
                f.part("image_action3"), f.part("image_action4"), f.part("image_action5"), f.text("check_delta"),
                f.text("face_token"), f.part("image"), f.text("fail_when_multiple_faces"),
                f.text("face_quality_threshold"), f.text("return_faces"), f.part("meglive_flash_result"))
                .request();
        return new PreparedCall<>(withExtraParts(request, f.beyond(VERIFY_CARRIES)), VERIFY_READER);
    }

    public PreparedCall<RawVerifyResponse> rawVerify(String apiKey, String apiSecret, FormFields f) {
        Request request = rawVerifyApi.rawVerify(apiKey, apiSecret, f.text("token"), f.text("comparison_type"),
                f.text("biz_no"), f.text("liveness_preferences"), f.text("multi_oriented_detection"),
                f.text("idcard_name"), f.text("idcard_number"), f.part("image_ref1"), f.part("image_ref2"),
                f.part("image_ref3"), f.text("uuid"))
                .request();
        return new PreparedCall<>(withExtraParts(request, f.beyond(RAW_VERIFY_CARRIES)), RAW_VERIFY_READER);
    }

    public PreparedCall<BizTokenResponse> getBizToken(BizTokenSignature signature, FormFields f) {
        Request request = bizTokenApi.getBizToken(signature.sign(), signature.signVersion(), f.text("liveness_type"),
                f.text("comparison_type"), f.text("biz_no"), f.text("liveness_timeout"), f.text("verbose"),
                f.text("security_level"), f.text("force_compare"), f.text("multi_oriented_detection"),
                f.text("liveness_level"), f.text("maximum_brightness"), f.text("get_liveness_video"),
                f.text("device_risk"), f.text("multiple_faces_detection"), f.text("idcard_name"),
                f.text("idcard_number"), f.part("image_ref1"), f.part("image_ref2"), f.text("uuid"),
                f.text("liveness_action_count"), f.text("face_replace_detection"), f.text("eyes_close_detection"),
                f.text("flash_liveness_timeout"), f.part("image"), f.text("fail_when_multiple_faces"),
                f.text("face_quality_threshold"), f.text("return_faces"))
                .request();
        return new PreparedCall<>(withExtraParts(request, f.beyond(BIZ_TOKEN_CARRIES)), BIZ_TOKEN_READER);
    }

    public PreparedCall<GetResultResponse> getResult(String apiKey, String apiSecret, FormFields q) {
        Request request = resultApi.getResult(apiKey, apiSecret, q.text("biz_id"), q.text("return_verify_time"),
                q.text("return_image"), q.text("get_fail_reason"), q.text("return_multifaces_tag"))
                .request();
        return new PreparedCall<>(withExtraQuery(request, q.beyond(GET_RESULT_CARRIES)), GET_RESULT_READER);
    }

    private static Request withExtraParts(Request request, Map<String, String> extras) {
        if (extras.isEmpty()) {
            return request;
        }
        MultipartBody form = (MultipartBody) request.body();
        MultipartBody.Builder extended = new MultipartBody.Builder(form.boundary()).setType(form.type());
        form.parts().forEach(extended::addPart);
        extras.forEach((name, value) -> extended.addPart(MultipartBody.Part.createFormData(name, null,
                RequestBody.create(value, TextPartConverterFactory.TEXT_PLAIN))));
        return request.newBuilder().method(request.method(), extended.build()).build();
    }

    private static Request withExtraQuery(Request request, Map<String, String> extras) {
        if (extras.isEmpty()) {
            return request;
        }
        HttpUrl.Builder url = request.url().newBuilder();
        extras.forEach(url::addQueryParameter);
        return request.newBuilder().url(url.build()).build();
    }
}
