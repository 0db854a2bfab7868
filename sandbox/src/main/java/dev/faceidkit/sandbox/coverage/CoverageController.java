package dev.faceidkit.sandbox.coverage;

import dev.faceidkit.sandbox.fixtures.SandboxRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /sandbox/coverage} answers the contract coverage of every client, or of one with {@code ?api_key=}, as
 * JSON, or as Markdown with {@code Accept: text/markdown} or {@code ?format=markdown}; {@code DELETE} forgets it
 * (of one key with {@code ?api_key=}). {@code GET /sandbox/test-inputs.md} is the test-input guide the Markdown
 * links to. Unknown or repeated parameters and empty values are refused with 400.
 */
@RestController
public class CoverageController {

    static final String PATH = "/sandbox/coverage";
    static final String TEST_INPUTS = "/sandbox/test-inputs.md";
    private static final String API_KEY = "api_key";
    private static final String FORMAT = "format";
    private static final MediaType MARKDOWN = new MediaType("text", "markdown", java.nio.charset.StandardCharsets.UTF_8);

    private final ContractCoverage coverage;
    private final TestInputHints hints = TestInputHints.bundled();

    public CoverageController(ContractCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping(PATH)
    public ResponseEntity<?> report(HttpServletRequest request) {
        Map<String, String> parameters = parameters(request, Set.of(API_KEY, FORMAT));
        CoverageReport report = coverage.report(Optional.ofNullable(parameters.get(API_KEY)));
        if (wantsMarkdown(request, parameters.get(FORMAT))) {
            String testInputs = ServletUriComponentsBuilder.fromContextPath(request).path(TEST_INPUTS).toUriString();
            return ResponseEntity.ok().contentType(MARKDOWN).body(CoverageMarkdown.render(report, hints, testInputs));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }

    @DeleteMapping(PATH)
    public ResponseEntity<Void> reset(HttpServletRequest request) {
        Map<String, String> parameters = parameters(request, Set.of(API_KEY));
        coverage.reset(Optional.ofNullable(parameters.get(API_KEY)));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(TEST_INPUTS)
    public ResponseEntity<String> testInputs() {
        return ResponseEntity.ok().contentType(MARKDOWN).body(hints.text());
    }

    private static boolean wantsMarkdown(HttpServletRequest request, String format) {
        if (format != null) {
            return switch (format) {
                case "markdown" -> true;
                case "json" -> false;
                default -> throw refused("format must be json or markdown, was '" + format + "'");
            };
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("markdown"));
        } catch (org.springframework.http.InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    private static Map<String, String> parameters(HttpServletRequest request, Set<String> allowed) {
        Map<String, String> values = new java.util.HashMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!allowed.contains(name)) {
                throw refused("unknown parameter '" + name + "'; " + PATH + " takes " + new java.util.TreeSet<>(allowed));
            }
            if (given.length != 1) {
                throw refused("parameter '" + name + "' given " + given.length + " times; give it once");
            }
            if (given[0].isEmpty()) {
                throw refused("parameter '" + name + "' is empty; give it a value or leave it out");
            }
            values.put(name, given[0]);
        });
        return values;
    }

    private static SandboxRequestException refused(String message) {
        return new SandboxRequestException(HttpStatus.BAD_REQUEST, message);
    }
}
