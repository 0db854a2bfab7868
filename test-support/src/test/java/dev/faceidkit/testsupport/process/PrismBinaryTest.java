package dev.faceidkit.testsupport.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prism is used only when installed, and only in the version package-lock.json pins; the messages say what to do. */
class PrismBinaryTest {

    @TempDir
    Path root;

    @Test
    void aMissingPrismSaysHowToInstallIt() {
        assertThatThrownBy(() -> new PrismBinary(root).checkedExecutable())
                .hasMessageContaining("node_modules/.bin/prism")
                .hasMessageContaining("scripts/npm-tools.sh")
                .hasMessageContaining("./mvnw -pl openapi initialize");
    }

    @Test
    void anotherVersionThanThePinnedOneIsRefused() throws Exception {
        lockPinning("5.14.2");
        fakePrismPrinting("5.0.0");
        assertThatThrownBy(() -> new PrismBinary(root).checkedExecutable())
                .hasMessageContaining("5.0.0").hasMessageContaining("5.14.2");
    }

    @Test
    void thePinnedVersionIsAccepted() throws Exception {
        lockPinning("5.14.2");
        fakePrismPrinting("5.14.2");
        assertThat(new PrismBinary(root).checkedExecutable()).endsWith(Path.of("node_modules/.bin/prism"));
    }

    @Test
    void theRepositoryPinsAVersion() {
        assertThat(PrismBinary.ofRepository().pinnedVersion()).matches("[0-9]+\\.[0-9]+\\.[0-9]+");
    }

    private void lockPinning(String version) throws Exception {
        Files.writeString(root.resolve("package-lock.json"), "{\"packages\": {\"" + PrismBinary.PACKAGE
                + "\": {\"version\": \"" + version + "\"}}}");
    }

    private void fakePrismPrinting(String version) throws Exception {
        Path bin = Files.createDirectories(root.resolve("node_modules/.bin"));
        Path prism = Files.writeString(bin.resolve("prism"), "#!/bin/sh\necho " + version + "\n");
        Files.setPosixFilePermissions(prism, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
