package dev.faceidkit.testsupport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A form is immutable, keeps its fields in order (a field set again stays in place) and encodes every byte given. */
class FormTest {

    @Test
    void aVariationLeavesTheBaseFormAlone() {
        Form base = Form.of().text("a", "1").text("b", "2");
        Form varied = base.without("a").text("b", "3");
        assertThat(base.text("a")).isEqualTo("1");
        assertThat(base.text("b")).isEqualTo("2");
        assertThat(varied.text("a")).isNull();
        assertThat(varied.text("b")).isEqualTo("3");
    }

    @Test
    void encodesTextAndFilePartsInOrder() {
        Form.Encoded encoded = Form.of().text("name", "张三").file("image", "face.bmp", new byte[] {1, 2})
                .raw("gbk", new byte[] {(byte) 0xD5, (byte) 0xC5}).text("name", "李四").encode();
        String boundary = encoded.contentType().substring(encoded.contentType().indexOf("boundary=") + 9);
        String body = new String(encoded.body(), StandardCharsets.ISO_8859_1);
        assertThat(encoded.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(body.indexOf("name=\"name\"")).isLessThan(body.indexOf("name=\"image\"; filename=\"face.bmp\""));
        assertThat(body).contains(new String("李四".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String("张三".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .contains("\u00D5\u00C5").endsWith("--" + boundary + "--\r\n");
    }
}
