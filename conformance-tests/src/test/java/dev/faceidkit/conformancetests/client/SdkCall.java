package dev.faceidkit.conformancetests.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.faceidkit.conformancetests.contract.RequestExample;
import dev.faceidkit.sdk.BizTokenRequest;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.sdk.GetResultRequest;
import dev.faceidkit.sdk.RawVerifyRequest;
import dev.faceidkit.sdk.VerifyRequest;
import java.util.Objects;
import java.util.function.Function;

/**
 * A request example turned into a call of the SDK's public API: the operation's request object is built from
 * the example's fields (every field must find its way into it), and the call runs against a given client.
 * The credentials in an example are the client's own (api_key/api_secret), checked against it.
 */
final class SdkCall {

    static final String API_KEY = "example-api-key";
    static final String API_SECRET = "example-api-secret";

    private final String label;
    private final Function<FaceIdClient, Object> call;

    private SdkCall(String label, Function<FaceIdClient, Object> call) {
        this.label = label;
        this.call = call;
    }

    static SdkCall of(RequestExample example) {
        ExampleFields fields = new ExampleFields(example.fields());
        credentials(fields, example.fields());
        // Built before any call, so that a field the SDK request leaves out fails even for error examples.
        Function<FaceIdClient, Object> call = switch (example.operation().id()) {
            case "verify" -> {
                VerifyRequest request = VerifyFromExample.of(fields);
                yield client -> client.verify(request);
            }
            case "rawVerify" -> {
                RawVerifyRequest request = RawVerifyFromExample.of(fields);
                yield client -> client.rawVerify(request);
            }
            case "getBizToken" -> {
                BizTokenRequest request = BizTokenFromExample.of(fields);
                yield client -> client.getBizToken(request);
            }
            case "getResult" -> {
                GetResultRequest request = GetResultFromExample.of(fields);
                yield client -> client.getResult(request);
            }
            default -> throw new IllegalArgumentException("no SDK method for " + example.operation().id());
        };
        fields.requireAllTaken();
        return new SdkCall(example.label(), call);
    }

    /** Runs the call; returns the typed result, or throws the SDK's exception. */
    Object invoke(FaceIdClient client) {
        return call.apply(client);
    }

    @Override
    public String toString() {
        return label;
    }

    private static void credentials(ExampleFields fields, JsonNode example) {
        for (String[] credential : new String[][] {{"api_key", API_KEY}, {"api_secret", API_SECRET}}) {
            String value = fields.text(credential[0]);
            if (value != null && !Objects.equals(value, credential[1])) {
                throw new IllegalArgumentException("the example's " + credential[0] + " is not the test client's: "
                        + example);
            }
        }
    }
}
