package dev.faceidkit.testsupport.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP written on a socket, for what a client library would not send: a POST that announces a body larger than
 * an operation's limit and sends none of it, which the server must answer (413) from the Content-Length alone.
 * The response is read as its head and Content-Length bytes, without waiting for the server to close, which it
 * may delay while it waits for the announced body.
 */
public final class RawHttp {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)content-length: *([0-9]+)");

    private RawHttp() {
    }

    /** The head-only POST to {@code path} on a loopback port; the response as text, head included. */
    public static String postHeadOnly(int port, String path, long contentLength) {
        return new String(postHeadOnly("127.0.0.1", port, path, contentLength), StandardCharsets.UTF_8);
    }

    /** The head-only POST to {@code url}; the response parsed. */
    public static Reply postHeadOnly(String url, long contentLength) {
        URI uri = URI.create(url);
        byte[] response = postHeadOnly(uri.getHost(), uri.getPort(), uri.getRawPath(), contentLength);
        return parse(url, response);
    }

    /** Reads one response: the head up to the blank line, then Content-Length bytes of body, as text. */
    public static String readResponse(InputStream in) throws IOException {
        return new String(readResponseBytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] postHeadOnly(String host, int port, String path, long contentLength) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\n"
                    + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readResponseBytes(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + host + ":" + port + path + " failed", e);
        }
    }

    private static byte[] readResponseBytes(InputStream in) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        while (!response.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b == -1) {
                return response.toByteArray();
            }
            response.write(b);
        }
        Matcher length = CONTENT_LENGTH.matcher(response.toString(StandardCharsets.ISO_8859_1));
        if (length.find()) {
            response.write(in.readNBytes(Integer.parseInt(length.group(1))));
        }
        return response.toByteArray();
    }

    private static Reply parse(String url, byte[] response) {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("POST " + url + ": the connection closed inside the response head: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        return new Reply("POST", url, status, HttpHeaders.of(headers, (name, value) -> true), body);
    }
}
