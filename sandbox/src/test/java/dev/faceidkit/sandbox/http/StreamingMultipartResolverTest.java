package dev.faceidkit.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sandbox.contract.FormFieldTypes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * File parts stay in memory up to 512 KB a request and go to temporary files beyond that, with the same bytes
 * either way; the files are gone once the request is cleaned up. A field the contract defines is read as its type
 * whether or not its part names a file.
 */
class StreamingMultipartResolverTest {

    private static final String BOUNDARY = "resolver-test";
    private static final int KB = 1024;

    private static final FormFieldTypes CONTRACT_FIELDS = new FormFieldTypes(Contract.bundled());

    private final StreamingMultipartResolver resolver = new StreamingMultipartResolver(CONTRACT_FIELDS, new ServedOperations(Contract.bundled()));

    @AfterEach
    void stop() throws Exception {
        resolver.destroy();
    }

    @Test
    void smallFilesStayInMemoryAndTheRestGoesToDisk() throws Exception {
        byte[] first = filled(300 * KB, 1);
        byte[] second = filled(200 * KB, 2);
        byte[] third = filled(100 * KB, 3);

        MultipartHttpServletRequest request = resolver.resolveMultipart(rawVerify(List.of(
                new Part("image_ref1", first), new Part("image_ref2", second), new Part("image_ref3", third))));

        MultipartFile one = request.getFile("image_ref1");
        MultipartFile two = request.getFile("image_ref2");
        MultipartFile three = request.getFile("image_ref3");
        assertThat(one).isInstanceOf(BufferedFilePart.class);
        assertThat(two).isInstanceOf(BufferedFilePart.class);
        // 300 + 200 KB leave 12 KB of the request's 512: the third file goes to disk.
        assertThat(three).isInstanceOf(StoredFilePart.class);
        assertThat(one.getBytes()).isEqualTo(first);
        assertThat(two.getBytes()).isEqualTo(second);
        assertThat(three.getBytes()).isEqualTo(third);
        assertThat(three.getInputStream().readAllBytes()).isEqualTo(third);
        assertThat(three.getSize()).isEqualTo(third.length);
        assertThat(request.getParameter("api_key")).isEqualTo("key");
        assertThat(uploadedFiles()).hasSize(1);

        resolver.cleanupMultipart(request);

        assertThat(uploadedFiles()).isEmpty();
    }

    @Test
    void aRepeatedFileKeepsTheFirstAndLeavesNoFileBehind() throws Exception {
        MultipartHttpServletRequest request = resolver.resolveMultipart(rawVerify(List.of(
                new Part("image_ref1", filled(10, 5)), new Part("image_ref1", filled(600 * KB, 4)))));

        assertThat(request.getFile("image_ref1").getBytes()).isEqualTo(filled(10, 5));
        assertThat(uploadedFiles()).isEmpty();
    }

    @Test
    void aFileFieldWithoutFilenameIsStillAFileAsTheVendorsCurlExamplesSendIt() throws Exception {
        byte[] photo = filled(2 * KB, 7);

        MultipartHttpServletRequest request = resolver.resolveMultipart(rawVerify(List.of(
                new Part("image_ref1", photo, null))));

        assertThat(request.getFile("image_ref1").getBytes()).isEqualTo(photo);
        assertThat(request.getParameter("image_ref1")).isNull();
    }

    @Test
    void anEmptyFilePartIsTheFieldNotSentAsStockClientsSendUnsetParameters() throws Exception {
        // OpenAPI Generator's kotlin client sends every unset file parameter as an empty part (D-55).
        MultipartHttpServletRequest request = resolver.resolveMultipart(rawVerify(List.of(
                new Part("image_ref1", new byte[0], null), new Part("image_ref2", new byte[0], "empty.jpg"),
                new Part("image_ref3", filled(10, 3)))));

        assertThat(request.getFile("image_ref1")).isNull();
        assertThat(request.getFile("image_ref2")).isNull();
        assertThat(request.getFile("image_ref3").getBytes()).isEqualTo(filled(10, 3));
        assertThat(request.getParameter("image_ref1")).isNull();
        assertThat(uploadedFiles()).isEmpty();
    }

    @Test
    void aTextFieldWithFilenameIsStillTextButAnUnknownFileStaysAFile() throws Exception {
        MultipartHttpServletRequest request = resolver.resolveMultipart(rawVerify(List.of(
                new Part("token", "1490012180,token".getBytes(StandardCharsets.UTF_8), "token.txt"),
                new Part("not_in_the_contract", filled(10, 9), "x.bin"))));

        assertThat(request.getParameter("token")).isEqualTo("1490012180,token");
        assertThat(request.getFile("token")).isNull();
        assertThat(request.getFile("not_in_the_contract").getBytes()).isEqualTo(filled(10, 9));
    }

    private record Part(String name, byte[] bytes, String filename) {

        Part(String name, byte[] bytes) {
            this(name, bytes, "a.jpg");
        }
    }

    private static MockHttpServletRequest rawVerify(List<Part> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"api_key\"\r\n\r\nkey\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        for (Part file : files) {
            String filename = file.filename() == null ? "" : "; filename=\"" + file.filename() + "\"";
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\""
                    + filename + "\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(file.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/faceid/lite/raw/verify");
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        request.setContent(body.toByteArray());
        return request;
    }

    private static byte[] filled(int size, int value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private List<Path> uploadedFiles() throws Exception {
        try (Stream<Path> files = Files.list(resolver.uploadDirectory())) {
            return files.toList();
        }
    }
}
