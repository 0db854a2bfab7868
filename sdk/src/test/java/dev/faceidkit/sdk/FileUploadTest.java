package dev.faceidkit.sdk;

import static dev.faceidkit.sdk.TestClients.VERIFY_OK;
import static dev.faceidkit.sdk.TestClients.clientFor;
import static dev.faceidkit.sdk.TestClients.file;
import static dev.faceidkit.sdk.TestClients.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.faceidkit.sdk.testing.SentMultipart;
import java.io.ByteArrayInputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileUploadTest {

    @TempDir
    Path dir;

    @Test
    void guessesTheContentTypeOfAPathFromItsName() {
        assertThat(FileUpload.fromPath(file(dir, "a.JPG", "x")).contentType()).isEqualTo("image/jpeg");
        assertThat(FileUpload.fromPath(file(dir, "a.jpeg", "x")).contentType()).isEqualTo("image/jpeg");
        assertThat(FileUpload.fromPath(file(dir, "a.png", "x")).contentType()).isEqualTo("image/png");
        assertThat(FileUpload.fromPath(file(dir, "a.bmp", "x")).contentType()).isEqualTo("image/bmp");
        assertThat(FileUpload.fromPath(file(dir, "content_file", "x")).contentType())
                .isEqualTo("application/octet-stream");
        assertThat(FileUpload.fromPath(file(dir, "b.jpg", "x"), "image/x-custom").contentType())
                .isEqualTo("image/x-custom");
    }

    @Test
    void bytesAndStreamsAreOctetStreamsUnlessTold() {
        FileUpload bytes = FileUpload.fromBytes(new byte[] {1}, "face.jpg");
        FileUpload stream = FileUpload.fromStream(new ByteArrayInputStream(new byte[] {1}), "face.jpg", "image/jpeg");

        assertThat(bytes.contentType()).isEqualTo("application/octet-stream");
        assertThat(bytes.isOneShot()).isFalse();
        assertThat(stream.contentType()).isEqualTo("image/jpeg");
        assertThat(stream.isOneShot()).isTrue();
        assertThat(stream).hasToString("FileUpload[filename=face.jpg, contentType=image/jpeg, from stream]");
    }

    @Test
    void refusesMissingFilesAndNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> FileUpload.fromPath(dir.resolve("missing.jpg")))
                .withMessageStartingWith("not a readable regular file: ");
        assertThatIllegalArgumentException().isThrownBy(() -> FileUpload.fromPath(dir))
                .withMessageStartingWith("not a readable regular file: ");
        assertThatIllegalArgumentException().isThrownBy(() -> FileUpload.fromBytes(new byte[0], " "))
                .withMessage("filename must not be null or blank");
    }

    @Test
    void streamsAPathOfAnotherFileSystem() throws Exception {
        Path zip = dir.resolve("photos.zip");
        try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("create", "true"));
             MockWebServer server = new MockWebServer(); FaceIdClient client = clientFor(server).build()) {
            Path photo = Files.writeString(zipFs.getPath("/r.png"), "ZIPPED");
            server.enqueue(json(200, VERIFY_OK));

            client.verify(VerifyRequest.builder()
                    .comparison(Comparison.referencePhotos("u", FileUpload.fromPath(photo)))
                    .faceImage(FaceImage.faceToken("t")).build());

            assertThat(SentMultipart.parse(server.takeRequest()).get(4).summary())
                    .isEqualTo("image_ref1; filename=r.png [image/png] <ZIPPED>");
        }
    }

    @Test
    void aPathIsReadWhenTheRequestIsSentNotWhenItIsBuilt() throws Exception {
        Path photo = file(dir, "r.jpg", "OLD");
        VerifyRequest request = VerifyRequest.builder()
                .comparison(Comparison.referencePhotos("u", FileUpload.fromPath(photo)))
                .faceImage(FaceImage.faceToken("t")).build();
        Files.writeString(photo, "NEW CONTENT");

        try (MockWebServer server = new MockWebServer(); FaceIdClient client = clientFor(server).build()) {
            server.enqueue(json(200, VERIFY_OK));
            client.verify(request);
            assertThat(SentMultipart.parse(server.takeRequest()).get(4).text()).isEqualTo("NEW CONTENT");
        }
    }
}
