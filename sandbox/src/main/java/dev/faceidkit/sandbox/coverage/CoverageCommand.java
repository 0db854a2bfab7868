package dev.faceidkit.sandbox.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar faceid-sandbox.jar coverage [--url=http://127.0.0.1:8080] [--api-key=KEY] [--require=REQ]...
 * [--format=markdown|json]}: reads the coverage of a running sandbox, prints it (Markdown by default) and, with
 * requirements ({@link CoverageRequirement}), exits 1 listing what was never exercised. Exit 0 when every
 * requirement is met, 2 for a usage error or a sandbox that cannot be read.
 */
public final class CoverageCommand {

    public static final String NAME = "coverage";
    static final int MET = 0;
    static final int UNMET = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT = "usage: java -jar faceid-sandbox.jar coverage [--url=http://127.0.0.1:8080]"
            + " [--api-key=KEY] [--require=REQUIREMENT]... [--format=markdown|json]";

    private CoverageCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String url = "http://127.0.0.1:8080";
        String apiKey = null;
        String format = "markdown";
        List<CoverageRequirement> requirements = new ArrayList<>();
        try {
            for (String arg : args) {
                String[] pair = arg.split("=", 2);
                if (pair.length != 2 || pair[1].isEmpty()) {
                    throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
                }
                switch (pair[0]) {
                    case "--url" -> url = pair[1].replaceAll("/+$", "");
                    case "--api-key" -> apiKey = pair[1];
                    case "--require" -> requirements.add(CoverageRequirement.parse(pair[1]));
                    case "--format" -> format = requireFormat(pair[1]);
                    default -> throw new IllegalArgumentException("unknown option '" + pair[0] + "'");
                }
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        String query = apiKey == null ? "" : "?api_key=" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8);
        try {
            String json = get(url + "/sandbox/coverage" + query);
            CoverageReport report = new ObjectMapper().readValue(json, CoverageReport.class);
            out.print("json".equals(format) ? json + System.lineSeparator()
                    : get(url + "/sandbox/coverage" + (query.isEmpty() ? "?" : query + "&") + "format=markdown"));
            List<String> unmet = CoverageRequirement.unmet(requirements, report);
            if (unmet.isEmpty()) {
                if (!requirements.isEmpty()) {
                    err.println("coverage: all " + requirements.size() + " requirement(s) met");
                }
                return MET;
            }
            err.println("coverage: " + unmet.size() + " item(s) never exercised:");
            unmet.forEach(line -> err.println("  - " + line));
            return UNMET;
        } catch (IllegalArgumentException e) {
            err.println("coverage: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("coverage: cannot read " + url + "/sandbox/coverage: " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return USAGE;
        }
    }

    private static String requireFormat(String value) {
        if (!value.equals("markdown") && !value.equals("json")) {
            throw new IllegalArgumentException("--format must be markdown or json, was '" + value + "'");
        }
        return value;
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
