package dev.faceidkit.conformancetests.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.contract.RequestExample;
import dev.faceidkit.conformancetests.report.ConformanceLedger;
import dev.faceidkit.conformancetests.report.ExampleCheck;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.http.SimpleHttp;
import dev.faceidkit.testsupport.process.PrismProxyExtension;
import dev.faceidkit.testsupport.process.PrismProxyServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every request example of the contract, sent to the sandbox through the validating Prism proxy: Prism accepts
 * the request and the response, the sandbox answers 200 (each example is a success case, and the sandbox's
 * fixtures make it one), and swagger-request-validator finds the response valid too.
 */
@ExtendWith(PrismProxyExtension.class)
class SandboxAnswersRequestExamplesTest {

    private final Contract contract = ContractBundle.get().contract();

    @TestFactory
    Stream<DynamicTest> everyRequestExampleIsAnsweredAsDocumented(PrismProxyServer proxy) {
        ExampleRequestForms forms = new ExampleRequestForms(contract, new SandboxFixtures(proxy.sandbox().baseUrl()));
        return contract.requestExamples().stream().map(example -> dynamicTest(example.label(),
                () -> ConformanceLedger.check(example.operation().id(), ExampleCheck.SANDBOX_REQUEST, example.name(),
                        () -> check(example, send(example, proxy.baseUrl(), forms)))));
    }

    private static Reply send(RequestExample example, String base, ExampleRequestForms forms) {
        String url = base + example.operation().path();
        return example.operation().hasFormBody() ? SimpleHttp.post(url, forms.form(example))
                : SimpleHttp.get(url + ExampleRequestForms.query(example.fields()));
    }

    private static void check(RequestExample example, Reply response) {
        List<String> problems = new ArrayList<>(PrismVerdict.problems(response));
        if (response.status() != 200) {
            problems.add("status " + response.status() + ", expected 200");
        }
        ResponseContract.get().problems(example.operation(), response)
                .forEach(p -> problems.add("swagger-request-validator: " + p));
        assertThat(problems).as(response.describe()).isEmpty();
    }
}
