package dev.faceidkit.sandbox.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How to provoke a documented error, as sandbox/TEST-INPUTS.md says it (bundled in the jar as {@value #RESOURCE}):
 * a table row or a sentence that names the code, searched in the operation's own section first, then in the
 * sections about every operation (accounts, every operation), then anywhere.
 */
public final class TestInputHints {

    public static final String RESOURCE = "META-INF/faceid-sandbox/TEST-INPUTS.md";
    private static final Pattern OPERATION_HEADING = Pattern.compile("^(GET|POST|PUT|DELETE|PATCH) /.*");

    /** Where a hint is: its section's heading and anchor, and the row's input (or the sentence) that provokes it. */
    public record Hint(String section, String anchor, String input) {
    }

    /** A table row (its input cell, named by the table's first column, and its other cells) or a sentence. */
    private record Passage(Section section, String input, String outcome) {
    }

    private record Section(String heading, String anchor) {

        boolean aboutAnOperation() {
            return OPERATION_HEADING.matcher(heading).matches();
        }
    }

    private final String text;
    private final List<Passage> rows = new ArrayList<>();
    private final List<Passage> sentences = new ArrayList<>();

    private TestInputHints(String text) {
        this.text = text;
        Section section = new Section("", "");
        String column = "Input";
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("|")) {
                addSentences(section, paragraph);
            }
            if (line.startsWith("## ") || line.startsWith("### ")) {
                String heading = line.replaceFirst("^#+ ", "").strip();
                section = new Section(heading, anchor(heading));
            } else if (line.startsWith("|---")) {
                continue;
            } else if (line.startsWith("|")) {
                List<String> cells = cells(line);
                if (isHeader(line)) {
                    column = cells.get(0);
                } else if (cells.size() >= 2) {
                    String input = "Input".equals(column) ? cells.get(0) : column + " " + cells.get(0);
                    rows.add(new Passage(section, input, String.join(" | ", cells.subList(1, cells.size()))));
                }
            } else if (!line.isBlank() && !line.startsWith("#")) {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        addSentences(section, paragraph);
    }

    /** A table's header row is the one its separator row follows. */
    private boolean isHeader(String line) {
        int at = text.indexOf(line + "\n");
        return at >= 0 && text.startsWith("|---", at + line.length() + 1);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.strip().replaceAll("^\\||\\|$", "").split("(?<!\\\\)\\|")) {
            cells.add(cell.strip());
        }
        return cells;
    }

    private void addSentences(Section section, StringBuilder paragraph) {
        for (String sentence : paragraph.toString().split("(?<=[.:])\\s+(?=[A-Z`(])")) {
            if (!sentence.isBlank()) {
                sentences.add(new Passage(section, sentence.strip(), sentence));
            }
        }
        paragraph.setLength(0);
    }

    /** The hints of the TEST-INPUTS.md in this jar. */
    public static TestInputHints bundled() {
        try (InputStream in = TestInputHints.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new TestInputHints(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestInputHints of(String markdown) {
        return new TestInputHints(markdown);
    }

    /** The whole document, as served at {@code GET /sandbox/test-inputs.md}. */
    public String text() {
        return text;
    }

    /**
     * How to provoke {@code code} of the operation at {@code path}, from its own section or one about every
     * operation; empty when neither names it.
     */
    public Optional<Hint> forError(String path, String code) {
        Pattern word = Pattern.compile("(?<![A-Z_])" + Pattern.quote(code) + "(?![A-Z_])");
        Predicate<Passage> names = p -> word.matcher(p.outcome()).find();
        Predicate<Passage> own = p -> p.section().heading().contains(path + " ");
        Predicate<Passage> general = p -> !p.section().aboutAnOperation();
        return first(rows, own.and(names)).or(() -> first(sentences, own.and(names)))
                .or(() -> first(rows, general.and(names))).or(() -> first(sentences, general.and(names)))
                .map(p -> new Hint(p.section().heading(), p.section().anchor(), p.input()));
    }

    private static Optional<Passage> first(List<Passage> passages, Predicate<Passage> wanted) {
        return passages.stream().filter(wanted).findFirst();
    }

    /** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
