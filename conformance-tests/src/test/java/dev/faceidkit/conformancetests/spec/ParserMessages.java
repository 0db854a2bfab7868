package dev.faceidkit.conformancetests.spec;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;

/** What Swagger Parser (the parser code generators use) says about a document. */
final class ParserMessages {

    private ParserMessages() {
    }

    static List<String> of(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        List<String> messages = new ArrayList<>();
        if (result.getMessages() != null) {
            messages.addAll(result.getMessages());
        }
        if (result.getOpenAPI() == null) {
            messages.add("no document could be read");
        }
        return messages;
    }
}
