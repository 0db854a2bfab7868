package dev.faceidkit.conformancetests.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.faceidkit.conformancetests.contract.Contract;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.contract.DocumentedError;
import dev.faceidkit.conformancetests.report.ConformanceLedger;
import dev.faceidkit.testsupport.http.Reply;
import dev.faceidkit.testsupport.process.PrismProxyExtension;
import dev.faceidkit.testsupport.process.PrismProxyServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every error code the contract documents, reached through the sandbox's documented test inputs: each comes
 * back with a status whose catalogue lists it and a body valid for that status (Prism's proxy and
 * swagger-request-validator). The last dynamic test fails for any documented code, or listed detail value, of
 * any operation and status that no input reached.
 */
@ExtendWith(PrismProxyExtension.class)
class SandboxReachesDocumentedErrorsTest {

    private final Contract contract = ContractBundle.get().contract();
    private final DocumentedErrorCheck check = new DocumentedErrorCheck(contract, ResponseContract.get());
    private final Set<String> reached = ConcurrentHashMap.newKeySet();

    @TestFactory
    Stream<DynamicTest> everyDocumentedErrorIsReached(PrismProxyServer proxy) {
        List<ErrorCase> cases = new ArrayList<>();
        cases.addAll(VerifyErrorCases.all(new SandboxFixtures(proxy.sandbox().baseUrl())));
        cases.addAll(RawVerifyErrorCases.all());
        cases.addAll(BizTokenErrorCases.all());
        cases.addAll(GetResultErrorCases.all());
        Stream<DynamicTest> each = cases.stream().map(c -> dynamicTest(c.label(), () -> run(c, proxy)));
        return Stream.concat(each, Stream.of(dynamicTest("every documented error was reached", this::allReached)));
    }

    private void run(ErrorCase c, PrismProxyServer proxy) {
        String base = c.route() == ErrorCase.Route.PROXY ? proxy.baseUrl() : proxy.sandbox().baseUrl();
        Reply response = c.call().apply(base);
        assertThat(check.problems(c.operationId(), c.code(), c.detail(), response))
                .as(response.describe()).isEmpty();
        reached.add(key(c.operationId(), response.status(), c.code(), null));
        reached.add(key(c.operationId(), response.status(), c.code(), c.detail()));
        ConformanceLedger.errorReached(c.operationId(), response.status(), c.code(), c.detail());
    }

    private void allReached() {
        List<String> missing = new ArrayList<>();
        for (DocumentedError error : contract.documentedErrors()) {
            if (!reached.contains(key(error.operation().id(), error.status(), error.code(), null))) {
                missing.add(error.label());
            }
            for (String detail : error.detailValues()) {
                if (!reached.contains(key(error.operation().id(), error.status(), error.code(), detail))) {
                    missing.add(error.label() + ": " + detail);
                }
            }
        }
        assertThat(missing).as("documented errors no test input reached").isEmpty();
    }

    private static String key(String operationId, int status, String code, String detail) {
        return operationId + " " + status + " " + code + (detail == null ? "" : ": " + detail);
    }
}
