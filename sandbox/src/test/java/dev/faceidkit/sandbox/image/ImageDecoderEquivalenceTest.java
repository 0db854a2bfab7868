package dev.faceidkit.sandbox.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The decoder gives exactly the recorded size, fingerprint and solid colour for every image of the equivalence
 * corpus (written by {@link EquivalenceCorpusWriter}), from bytes and from a stream: a faster decoder may not change
 * one answer of the sandbox.
 */
class ImageDecoderEquivalenceTest {

    private static final String CORPUS = "/image-corpus/";

    @Test
    void everyCorpusImageDecodesAsRecorded() throws IOException {
        List<String> expectations = expectations();
        assertThat(expectations).hasSizeGreaterThan(500);
        List<String> mismatches = new ArrayList<>();
        for (String line : expectations) {
            String file = line.substring(0, line.indexOf('\t'));
            String expected = line.substring(file.length() + 1);
            byte[] bytes = read(CORPUS + file);
            String fromBytes = EquivalenceCorpusWriter.describe(new ImageDecoder(), bytes);
            String fromStream = describeStream(bytes);
            if (!fromBytes.equals(expected) || !fromStream.equals(expected)) {
                mismatches.add(file + ": expected " + expected + ", bytes gave " + fromBytes + ", stream gave "
                        + fromStream);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static String describeStream(byte[] bytes) {
        try {
            return EquivalenceCorpusWriter.describe(new ImageDecoder().decode(new ByteArrayInputStream(bytes)));
        } catch (ImageRejectedException e) {
            return "rejected " + e.reason();
        }
    }

    private static List<String> expectations() throws IOException {
        return new String(read(CORPUS + "expected.tsv"), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
    }

    private static byte[] read(String resource) {
        try (InputStream in = Objects.requireNonNull(ImageDecoderEquivalenceTest.class.getResourceAsStream(resource),
                resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
