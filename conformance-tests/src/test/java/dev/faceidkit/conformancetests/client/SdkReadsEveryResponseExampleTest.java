package dev.faceidkit.conformancetests.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.faceidkit.generated.client.invoker.JSON;
import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.contract.RequestExample;
import dev.faceidkit.conformancetests.contract.ResponseExample;
import dev.faceidkit.conformancetests.report.ConformanceLedger;
import dev.faceidkit.conformancetests.report.ExampleCheck;
import dev.faceidkit.conformancetests.support.JsonContainment;
import dev.faceidkit.sdk.FaceIdClient;
import dev.faceidkit.testsupport.process.PrismMockExtension;
import dev.faceidkit.testsupport.process.PrismMockServer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every response example of every operation, served by the Prism mock ({@code Prefer: code=..., example=...}
 * added by an interceptor given to the SDK's builder), read by the SDK: a success becomes the generated model,
 * which written back with the generated Jackson mapper holds every path of the example with an equal value; an
 * error becomes the exception its status and code call for, with the catalogue's code, detail and billing.
 *
 * <p>{@code Accept} is set to the example's media type: Prism serves the text/plain 413 only when the client
 * accepts text/plain, and silently answers 200 instead otherwise. The test also checks that Prism answered
 * with the selected status, so that such a substitution cannot pass unnoticed.
 */
@ExtendWith(PrismMockExtension.class)
class SdkReadsEveryResponseExampleTest {

    private final Contract contract = ContractBundle.get().contract();
    private final ObjectMapper generatedMapper = new JSON().getMapper();
    private final TypedErrorCheck errors = new TypedErrorCheck(contract);

    @TestFactory
    Stream<DynamicTest> everyResponseExampleBecomesItsTypedOutcome(PrismMockServer prism) {
        // Any valid request selects the response; each operation's first request example is one.
        Map<String, RequestExample> requests = new LinkedHashMap<>();
        contract.requestExamples().forEach(r -> requests.putIfAbsent(r.operation().id(), r));
        return contract.responseExamples().stream().map(example -> dynamicTest(example.label(),
                () -> ConformanceLedger.check(example.operation().id(), ExampleCheck.SDK_RESPONSE,
                        example.status() + " " + example.name(),
                        () -> check(example, SdkCall.of(requests.get(example.operation().id())), prism))));
    }

    private void check(ResponseExample example, SdkCall call, PrismMockServer prism) {
        ExchangeRecorder recorder = new ExchangeRecorder(Map.of(
                "Prefer", "code=" + example.status() + ", example=" + example.name(),
                "Accept", example.mediaType()));
        try (FaceIdClient client = SdkClients.client(prism.baseUrl(), recorder)) {
            if (example.isSuccess()) {
                Object result = call.invoke(client);
                assertThat(recorder.lastResponse().code()).as("status Prism served").isEqualTo(example.status());
                assertThat(JsonContainment.missingOrDifferent(example.value(), generatedMapper.valueToTree(result)))
                        .as("paths of the example lost or changed by the typed model").isEmpty();
            } else {
                Throwable thrown = catchThrowable(() -> call.invoke(client));
                assertThat(recorder.lastResponse().code()).as("status Prism served").isEqualTo(example.status());
                assertThat(errors.problems(example, thrown)).as("typed error for " + example.label()).isEmpty();
            }
        }
    }
}
