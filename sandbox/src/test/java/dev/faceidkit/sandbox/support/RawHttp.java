package dev.faceidkit.sandbox.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP written on a socket, for what a client library would not send: a declared length with no body. */
public final class RawHttp {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *([0-9]+)");

    private RawHttp() {
    }

    /**
     * Sends only the head of a POST that announces {@code contentLength} bytes and returns the response (head and
     * a body of its Content-Length), without waiting for the server to close.
     */
    public static String postHeadOnly(int port, String path, long contentLength) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readResponse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response: the head up to the blank line, then Content-Length bytes of body. */
    public static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        while (!response.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                return response.toString(StandardCharsets.UTF_8);
            }
            response.write(b);
        }
        Matcher length = CONTENT_LENGTH.matcher(response.toString(StandardCharsets.ISO_8859_1));
        if (length.find()) {
            response.write(in.readNBytes(Integer.parseInt(length.group(1))));
        }
        return response.toString(StandardCharsets.UTF_8);
    }
}
