package dev.faceidkit.contractgate.compare;

import dev.faceidkit.contractgate.model.OpenApiDiffResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * openapi-diff (org.openapitools.openapidiff:openapi-diff-core) on two bundles: its verdict and its own Markdown
 * report. It gives one verdict for the whole document; the named rules itemize and cover what it is blind to.
 */
public final class OpenApiDiffRunner {

    private OpenApiDiffRunner() {
    }

    public static OpenApiDiffResult run(String oldContent, String newContent) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(oldContent, newContent);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // The renderer closes the writer it is given.
        new MarkdownRender().render(diff, new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        return new OpenApiDiffResult(toolVersion(), diff.isDifferent(), diff.isIncompatible(),
                bytes.toString(StandardCharsets.UTF_8));
    }

    private static String toolVersion() {
        try (InputStream in = OpenApiCompare.class.getResourceAsStream(
                "/META-INF/maven/org.openapitools.openapidiff/openapi-diff-core/pom.properties")) {
            if (in == null) {
                return "?";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "?");
        } catch (IOException e) {
            return "?";
        }
    }
}
