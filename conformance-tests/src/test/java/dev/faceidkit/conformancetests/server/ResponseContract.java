package dev.faceidkit.conformancetests.server;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.faceidkit.conformancetests.contract.ContractBundle;
import dev.faceidkit.conformancetests.contract.Operation;
import dev.faceidkit.testsupport.http.Reply;
import java.util.List;
import java.util.Locale;

/**
 * Checks a response against the operation's documented responses with swagger-request-validator: the status
 * must be documented, the content type one of its media types, and the body valid against its schema. Only
 * responses are checked here: the library silently skips multipart/form-data request bodies, which every
 * POST of this API has, so request validation is left to Prism (which does read multipart).
 */
public final class ResponseContract {

    private static ResponseContract instance;

    private final OpenApiInteractionValidator validator;

    ResponseContract(String yaml) {
        // The library adds additionalProperties=false to every object schema unless told not to, which breaks
        // allOf compositions (each member then refuses the other members' fields). The contract allows
        // undeclared fields, so this strictness is turned off, as Prism has it.
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
                .build();
    }

    public static synchronized ResponseContract get() {
        if (instance == null) {
            instance = new ResponseContract(ContractBundle.get().yaml());
        }
        return instance;
    }

    /** The validator's error messages; empty when the response is one the operation documents. */
    public List<String> problems(Operation operation, Reply response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status()).withBody(response.text());
        if (!response.contentType().isEmpty()) {
            builder.withContentType(response.contentType());
        }
        ValidationReport report = validator.validateResponse(operation.path(),
                Request.Method.valueOf(operation.method().toUpperCase(Locale.ROOT)), builder.build());
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ResponseContract::describe)
                .toList();
    }

    // An allOf failure says only "failed to match all required schemas"; the reason is in its nested messages.
    private static String describe(ValidationReport.Message message) {
        StringBuilder text = new StringBuilder(message.getKey()).append(": ").append(message.getMessage());
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            text.append(" [").append(describe(nested)).append(']');
        }
        message.getAdditionalInfo().forEach(info -> text.append(" (").append(info).append(')'));
        return text.toString();
    }
}
