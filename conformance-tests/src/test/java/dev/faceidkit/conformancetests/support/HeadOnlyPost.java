package dev.faceidkit.conformancetests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A POST that announces a body larger than an operation's limit and sends none of it, over a raw socket: the
 * server must answer 413 from the Content-Length alone. (An HTTP client would insist on sending the body.) The
 * response is read as its head and Content-Length bytes, without waiting for the server to close, which it may
 * delay while it waits for the announced body.
 */
public final class HeadOnlyPost {

    private HeadOnlyPost() {
    }

    public static HttpExchange send(String url, long contentLength) {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=conformance\r\nContent-Length: " + contentLength
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(url, socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url + " failed", e);
        }
    }

    private static HttpExchange read(String url, InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IllegalStateException("POST " + url + ": the connection closed inside the response head: "
                        + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).strip().split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        String length = headers.get("content-length");
        byte[] body = length == null ? new byte[0] : in.readNBytes(Integer.parseInt(length));
        return new HttpExchange("POST", url, status, headers.get("content-type"), headers, body);
    }
}
