package dev.faceidkit.sdk.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.faceidkit.contractmodel.Field;
import dev.faceidkit.contractmodel.Operation;
import dev.faceidkit.generated.client.model.BizTokenResponse;
import dev.faceidkit.generated.client.model.GetResultResponse;
import dev.faceidkit.generated.client.model.RawVerifyResponse;
import dev.faceidkit.generated.client.model.VerifyResponse;
import dev.faceidkit.signing.BizTokenSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns the SDK's request objects into HTTP requests, laid out from the contract the request was built with: the
 * operation's path under the base URL, and its fields in the order the generated client's methods take them
 * (required fields first, then the others in document order), each text field a {@code text/plain} part with the
 * headers the generated client gives it. A field that the contract documents is sent in its place even when the
 * generated client predates it; the caller's extra fields follow.
 *
 * <p>What the generated Retrofit methods would do per call (a dynamic proxy, the URL resolved again, a parameter
 * handler per argument) is done once per operation here; {@code ContractRequestsMatchGeneratedClientTest} proves
 * that the requests are the ones the generated client builds.
 */
public final class ContractRequests {

    /** The content type of every text part, as the generated client (Retrofit's scalars converter) writes it. */
    public static final MediaType TEXT_PLAIN = MediaType.get("text/plain; charset=UTF-8");

    // Built once: a reader per call would cost more than the call's own parsing.
    private static final ObjectReader VERIFY_READER = LenientJson.MAPPER.readerFor(VerifyResponse.class);
    private static final ObjectReader RAW_VERIFY_READER = LenientJson.MAPPER.readerFor(RawVerifyResponse.class);
    private static final ObjectReader BIZ_TOKEN_READER = LenientJson.MAPPER.readerFor(BizTokenResponse.class);
    private static final ObjectReader GET_RESULT_READER = LenientJson.MAPPER.readerFor(GetResultResponse.class);

    private final HttpUrl baseUrl;
    // One layout per operation of each contract a request was built with (usually the one bundled contract).
    private final Map<Operation, Layout> layouts = new ConcurrentHashMap<>();

    /** @param baseUrl ends with {@code /}; the operations' paths are resolved below it */
    public ContractRequests(HttpUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    public PreparedCall<VerifyResponse> verify(String apiKey, String apiSecret, FormFields fields) {
        return new PreparedCall<>(form(fields, "api_key", apiKey, "api_secret", apiSecret), VERIFY_READER);
    }

    public PreparedCall<RawVerifyResponse> rawVerify(String apiKey, String apiSecret, FormFields fields) {
        return new PreparedCall<>(form(fields, "api_key", apiKey, "api_secret", apiSecret), RAW_VERIFY_READER);
    }

    public PreparedCall<BizTokenResponse> getBizToken(BizTokenSignature signature, FormFields fields) {
        return new PreparedCall<>(form(fields, "sign", signature.sign(), "sign_version", signature.signVersion()),
                BIZ_TOKEN_READER);
    }

    public PreparedCall<GetResultResponse> getResult(String apiKey, String apiSecret, FormFields parameters) {
        return new PreparedCall<>(query(parameters, apiKey, apiSecret), GET_RESULT_READER);
    }

    private Request form(FormFields fields, String firstName, String firstValue, String secondName,
                         String secondValue) {
        Layout layout = layout(fields.operation());
        MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
        for (int i = 0; i < layout.fields.length; i++) {
            String name = layout.fields[i].name();
            if (layout.fields[i].isFile()) {
                MultipartBody.Part part = fields.part(name);
                if (part != null) {
                    body.addPart(part);
                }
                continue;
            }
            String value = name.equals(firstName) ? firstValue
                    : name.equals(secondName) ? secondValue : fields.text(name);
            if (value != null) {
                body.addPart(layout.textHeaders[i], RequestBody.create(value, TEXT_PLAIN));
            }
        }
        fields.extras().forEach((name, value) ->
                body.addPart(MultipartBody.Part.createFormData(name, null, RequestBody.create(value, TEXT_PLAIN))));
        return new Request.Builder().url(layout.url).post(body.build()).build();
    }

    private Request query(FormFields parameters, String apiKey, String apiSecret) {
        Layout layout = layout(parameters.operation());
        HttpUrl.Builder url = layout.url.newBuilder();
        for (Field field : layout.fields) {
            String name = field.name();
            String value = name.equals("api_key") ? apiKey
                    : name.equals("api_secret") ? apiSecret : parameters.text(name);
            if (value != null) {
                url.addQueryParameter(name, value);
            }
        }
        parameters.extras().forEach(url::addQueryParameter);
        return new Request.Builder().url(url.build()).get().build();
    }

    private Layout layout(Operation operation) {
        Layout layout = layouts.get(operation);
        return layout != null ? layout : layouts.computeIfAbsent(operation, this::layOut);
    }

    private Layout layOut(Operation operation) {
        // The generated client's methods take the required parameters first (the generator's
        // sortParamsByRequiredFlag), the others in document order; the parts go out in that order.
        List<Field> ordered = new ArrayList<>();
        operation.fields().stream().filter(Field::alwaysRequired).forEach(ordered::add);
        operation.fields().stream().filter(field -> !field.alwaysRequired()).forEach(ordered::add);
        Field[] fields = ordered.toArray(Field[]::new);
        Headers[] textHeaders = new Headers[fields.length];
        for (int i = 0; i < fields.length; i++) {
            textHeaders[i] = Headers.of("Content-Disposition", "form-data; name=\"" + fields[i].name() + "\"",
                    "Content-Transfer-Encoding", "binary");
        }
        return new Layout(baseUrl.resolve(operation.path().substring(1)), fields, textHeaders);
    }

    /** What a request of one operation is laid out by: its URL, its fields in order, each text part's headers. */
    private record Layout(HttpUrl url, Field[] fields, Headers[] textHeaders) {
    }
}
