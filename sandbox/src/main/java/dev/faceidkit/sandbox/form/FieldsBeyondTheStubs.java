package dev.faceidkit.sandbox.form;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.contractmodel.ReceivedRequest;
import dev.faceidkit.contractmodel.Violation;
import dev.faceidkit.generated.server.api.BizTokenApi;
import dev.faceidkit.generated.server.api.RawVerifyApi;
import dev.faceidkit.generated.server.api.ResultApi;
import dev.faceidkit.generated.server.api.VerifyApi;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.journal.ReceivedParts;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;

/**
 * Checks the fields of the contract the sandbox enforces that the generated server stubs predate (a contract copy
 * given with {@code faceid.sandbox.contract} may add some): their values are checked as every field's are, with
 * the field's documented error ({@link FormRules}), after the operation's own validation. The fields the stubs
 * carry are read from their {@code @RequestParam}/{@code @RequestPart} annotations, so none is listed here.
 */
@Component
public class FieldsBeyondTheStubs {

    private final Contract contract;
    private final FormRules rules;
    private final Map<ApiOperation, Set<String>> carried = new EnumMap<>(ApiOperation.class);

    public FieldsBeyondTheStubs(Contract contract, FormRules rules) {
        this.contract = contract;
        this.rules = rules;
        carried.put(ApiOperation.VERIFY, carriedBy(VerifyApi.class, "verify"));
        carried.put(ApiOperation.RAW_VERIFY, carriedBy(RawVerifyApi.class, "rawVerify"));
        carried.put(ApiOperation.GET_BIZ_TOKEN, carriedBy(BizTokenApi.class, "getBizToken"));
        carried.put(ApiOperation.GET_RESULT, carriedBy(ResultApi.class, "getResult"));
    }

    /** Answers a field the stubs do not carry and whose value breaks its contract with that field's error. */
    public void check(ApiOperation op, HttpServletRequest request) {
        ReceivedRequest received = ReceivedParts.of(request);
        Set<String> known = carried.get(op);
        for (Violation violation : contract.operation(op.operationId()).check(received)) {
            if (violation.type() == Violation.Type.INVALID_VALUE && !known.contains(violation.field())) {
                rules.of(op).check(violation.field(), received.first(violation.field())
                        .map(ReceivedRequest.Part::text).orElse(""));
            }
        }
    }

    private static Set<String> carriedBy(Class<?> api, String methodName) {
        Method method = Arrays.stream(api.getMethods()).filter(m -> m.getName().equals(methodName)).findFirst()
                .orElseThrow(() -> new IllegalStateException(api.getName() + " has no method " + methodName));
        Set<String> names = new HashSet<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof RequestParam param) {
                    names.add(param.value().isEmpty() ? param.name() : param.value());
                } else if (annotation instanceof RequestPart part) {
                    names.add(part.value().isEmpty() ? part.name() : part.value());
                }
            }
        }
        return Set.copyOf(names);
    }
}
