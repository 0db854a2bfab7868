package dev.faceidkit.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import dev.faceidkit.generated.client.api.BizTokenApi;
import dev.faceidkit.generated.client.api.RawVerifyApi;
import dev.faceidkit.generated.client.api.ResultApi;
import dev.faceidkit.generated.client.api.VerifyApi;
import dev.faceidkit.sdk.FileUpload;
import dev.faceidkit.signing.BizTokenSignature;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.converter.scalars.ScalarsConverterFactory;
import retrofit2.http.Part;
import retrofit2.http.Query;

/**
 * The SDK lays its requests out from the contract ({@link ContractRequests}) instead of calling the generated
 * Retrofit methods on every request. This proves that nothing on the wire changed: for each operation, with every
 * documented field set, the request is the one the generated client builds for the same values, part for part
 * (name, headers, content) and in the same order, at the same URL.
 */
class ContractRequestsMatchGeneratedClientTest {

    private static final HttpUrl BASE = HttpUrl.get("http://127.0.0.1:9/prefix/");
    private static final Contract CONTRACT = Contract.bundled();

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("verify", VerifyApi.class, "verify"),
                Arguments.of("rawVerify", RawVerifyApi.class, "rawVerify"),
                Arguments.of("getBizToken", BizTokenApi.class, "getBizToken"),
                Arguments.of("getResult", ResultApi.class, "getResult"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void everyFieldGoesOutAsTheGeneratedClientSendsIt(String operationId, Class<?> api, String methodName)
            throws Exception {
        Operation operation = CONTRACT.operation(operationId);
        FormFields.Builder form = new FormFields.Builder(operation);
        for (Field field : operation.fields()) {
            if (field.isFile()) {
                form.file(field.name(), FileUpload.fromBytes(field.name().getBytes(), field.name() + ".jpg",
                        "image/jpeg"));
            } else if (!isCredential(field.name())) {
                form.text(field.name(), validValue(field));
            }
        }
        FormFields fields = form.build();

        Request sdk = switch (operationId) {
            case "verify" -> new ContractRequests(BASE).verify("the-key", "the-secret", fields).request();
            case "rawVerify" -> new ContractRequests(BASE).rawVerify("the-key", "the-secret", fields).request();
            case "getBizToken" -> new ContractRequests(BASE)
                    .getBizToken(new BizTokenSignature("the-sign", 1, 2, "r"), fields).request();
            default -> new ContractRequests(BASE).getResult("the-key", "the-secret", fields).request();
        };
        Request generated = generatedRequest(api, methodName, fields, sdk);

        assertThat(sdk.method()).isEqualTo(generated.method());
        assertThat(sdk.url()).isEqualTo(generated.url());
        assertThat(describe(sdk)).containsExactlyElementsOf(describe(generated));
        assertThat(describe(sdk)).hasSize(operation.fields().size()); // every field went out
    }

    /**
     * Calls the generated method with the values the SDK sent: each named parameter gets its field's value, each
     * file parameter (Retrofit's unnamed {@code MultipartBody.Part}) the next file part the SDK sent, so a file in
     * a different place shows up as a text part out of place.
     */
    private static Request generatedRequest(Class<?> api, String methodName, FormFields fields, Request sdk)
            throws Exception {
        Method method = Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(methodName)).findFirst()
                .orElseThrow();
        List<MultipartBody.Part> sentFiles = new ArrayList<>();
        if (sdk.body() instanceof MultipartBody body) {
            body.parts().stream().filter(part -> part.headers().get("Content-Disposition").contains("filename="))
                    .forEach(sentFiles::add);
        }
        Object[] args = new Object[method.getParameterCount()];
        int nextFile = 0;
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < args.length; i++) {
            String name = wireName(annotations[i]);
            if (name == null) {
                args[i] = sentFiles.get(nextFile++);
            } else {
                args[i] = credential(name) != null ? credential(name) : fields.text(name);
            }
        }
        Retrofit retrofit = new Retrofit.Builder().baseUrl(BASE).client(new OkHttpClient())
                .addConverterFactory(ScalarsConverterFactory.create())
                .addConverterFactory(JacksonConverterFactory.create(LenientJson.MAPPER)).build();
        return ((Call<?>) method.invoke(retrofit.create(api), args)).request();
    }

    private static String wireName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Part part && !part.value().isEmpty()) {
                return part.value();
            }
            if (annotation instanceof Query query) {
                return query.value();
            }
        }
        return null;
    }

    private static boolean isCredential(String name) {
        return credential(name) != null;
    }

    private static String credential(String name) {
        return Map.of("api_key", "the-key", "api_secret", "the-secret", "sign", "the-sign",
                "sign_version", "hmac_sha1").get(name);
    }

    /** The first of some likely values that the contract accepts for the field. */
    private static String validValue(Field field) {
        List<String> candidates = new ArrayList<>(field.enumValues());
        field.defaultValue().ifPresent(candidates::add);
        field.integerRange().ifPresent(range -> candidates.add(String.valueOf(range.minimum())));
        candidates.addAll(List.of("1", "0", "30", "11010519491231002X", "张三", "value-of-" + field.name()));
        return candidates.stream().filter(value -> field.check(value).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no valid test value for " + field.name()));
    }

    /** Each part as "headers | content type | content", or the query for a GET. */
    private static List<String> describe(Request request) throws IOException {
        List<String> parts = new ArrayList<>();
        if (!(request.body() instanceof MultipartBody body)) {
            for (int i = 0; i < request.url().querySize(); i++) {
                parts.add(request.url().queryParameterName(i) + "=" + request.url().queryParameterValue(i));
            }
            return parts;
        }
        for (MultipartBody.Part part : body.parts()) {
            Buffer content = new Buffer();
            part.body().writeTo(content);
            parts.add(part.headers() + " | " + part.body().contentType() + " | " + content.readUtf8());
        }
        return parts;
    }
}
