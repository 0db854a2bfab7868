package dev.faceidkit.sandbox.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP/1.1 exchange written byte by byte on a socket, for requests no client library would send: any head,
 * bodies streamed from segments (so a 20 MB part is never held in memory), valid or broken framing. The response
 * is read by another thread while the body is written, so that a server answering early (413) and closing is
 * still heard. Every exchange is bounded: connect, each read and the whole exchange have time limits, and the
 * request always says {@code Connection: close}.
 */
public final class RawExchange {

    private static final int CHUNK = 64 * 1024;
    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_BODY = 16 * 1024 * 1024;
    private static final byte[] FILLER = filler();

    /** How the body is framed on the wire. */
    public enum Framing {
        /** {@code Content-Length} of the body actually sent. */
        LENGTH,
        /** Valid chunked transfer coding in 64 KB chunks. */
        CHUNKED,
        /** {@code Content-Length} a little larger than the body, then the client half-closes: a cut upload. */
        SHORT_THEN_EOF,
        /** A chunk-size line that is not hexadecimal, after a first valid chunk. */
        BAD_CHUNK
    }

    /** A piece of a request body: bytes, or {@code length} filler bytes streamed from a shared buffer. */
    public record Segment(byte[] bytes, long length) {

        public static Segment of(byte[] bytes) {
            return new Segment(bytes, bytes.length);
        }

        public static Segment filler(long length) {
            return new Segment(null, length);
        }
    }

    /** A response as read from the wire; {@code status} is -1 when the server closed without answering. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " " + header("Content-Type").orElse("-") + " "
                    + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    /** Thrown when the whole exchange did not end within its time limit: a hang. */
    public static final class HangException extends IOException {
        HangException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final int port;
    private final Duration timeout;
    private final ExecutorService readers;

    /**
     * @param readers where the response readers run (one task per exchange, alive while the exchange is)
     */
    public RawExchange(int port, Duration timeout, ExecutorService readers) {
        this.port = port;
        this.timeout = timeout;
        this.readers = readers;
    }

    /**
     * Sends {@code method target} with {@code headers} (each a full {@code Name: value} line without CRLF, bytes
     * as given) and the body, then reads one response.
     */
    public Response exchange(String method, byte[] target, List<byte[]> headers, List<Segment> body, Framing framing)
            throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            InputStream in = socket.getInputStream();
            Future<Response> response = readers.submit(() -> read(in));
            try {
                write(socket, method, target, headers, body, framing);
            } catch (IOException e) {
                // The server answered and closed before taking the whole body (413, an early error): read on.
            }
            long left = deadline - System.nanoTime();
            try {
                return response.get(Math.max(1, left), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                response.cancel(true);
                throw new HangException("no complete response within " + timeout.toMillis() + " ms", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SocketTimeoutException timedOut) {
                    throw new HangException("read timed out: " + timedOut.getMessage(), timedOut);
                }
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    private static void write(Socket socket, String method, byte[] target, List<byte[]> headers, List<Segment> body,
                              Framing framing) throws IOException {
        OutputStream out = socket.getOutputStream();
        long length = body.stream().mapToLong(Segment::length).sum();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        head.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
        head.writeBytes(target);
        head.writeBytes(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] header : headers) {
            head.writeBytes(header);
            head.writeBytes(new byte[] {'\r', '\n'});
        }
        boolean hasBody = length > 0 || !"GET".equals(method);
        switch (framing) {
            case LENGTH -> {
                if (hasBody) {
                    head.writeBytes(("Content-Length: " + length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
            }
            case SHORT_THEN_EOF -> head.writeBytes(("Content-Length: " + (length + 1 + length / 3) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            case CHUNKED, BAD_CHUNK -> head.writeBytes("Transfer-Encoding: chunked\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        head.writeBytes(new byte[] {'\r', '\n'});
        out.write(head.toByteArray());
        boolean chunked = framing == Framing.CHUNKED || framing == Framing.BAD_CHUNK;
        boolean first = true;
        for (Segment segment : body) {
            long remaining = segment.length();
            int offset = 0;
            while (remaining > 0) {
                int n = (int) Math.min(CHUNK, remaining);
                byte[] source = segment.bytes() != null ? segment.bytes() : FILLER;
                int from = segment.bytes() != null ? offset : 0;
                if (chunked) {
                    if (framing == Framing.BAD_CHUNK && !first) {
                        out.write("zz; not-hex\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                        return;
                    }
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                }
                out.write(source, from, n);
                if (chunked) {
                    out.write(new byte[] {'\r', '\n'});
                }
                first = false;
                offset += n;
                remaining -= n;
            }
        }
        if (framing == Framing.BAD_CHUNK) {
            out.write("zz; not-hex\r\n".getBytes(StandardCharsets.US_ASCII));
        } else if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
        if (framing == Framing.SHORT_THEN_EOF) {
            socket.shutdownOutput();
        }
    }

    /** Reads one response: status line and headers, then a body by Content-Length, chunks, or up to the close. */
    private static Response read(InputStream raw) throws IOException {
        InputStream in = new java.io.BufferedInputStream(raw, 16 * 1024);
        Response response;
        do {
            response = readOne(in);
        } while (response.status() >= 100 && response.status() < 200); // 100 Continue and other interim answers
        return response;
    }

    private static Response readOne(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                if (head.size() == 0) {
                    return new Response(-1, Map.of(), new byte[0]);
                }
                throw new IOException("connection closed inside the response head: " + head.toString(StandardCharsets.ISO_8859_1));
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new IOException("response head over " + MAX_HEAD + " bytes");
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP response: " + lines[0]);
        }
        int status = Integer.parseInt(statusLine[1].trim());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body;
        if (status < 200) {
            return new Response(status, headers, new byte[0]);
        }
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        List<String> contentLength = headers.getOrDefault("content-length", List.of());
        if (encoding.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"))) {
            body = readChunked(in);
        } else if (!contentLength.isEmpty()) {
            int n = Integer.parseInt(contentLength.get(0));
            if (n > MAX_BODY) {
                throw new IOException("response body of " + n + " bytes");
            }
            body = in.readNBytes(n);
            if (body.length < n) {
                throw new IOException("response body cut at " + body.length + " of " + n + " bytes");
            }
        } else {
            body = in.readNBytes(MAX_BODY);
        }
        return new Response(status, headers, body);
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!readLine(in).isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            if (body.size() + size > MAX_BODY) {
                throw new IOException("response body over " + MAX_BODY + " bytes");
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length < size) {
                throw new IOException("response chunk cut at " + chunk.length + " of " + size + " bytes");
            }
            body.writeBytes(chunk);
            readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                throw new IOException("connection closed inside a chunked response");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static byte[] filler() {
        byte[] bytes = new byte[CHUNK];
        java.util.SplittableRandom random = new java.util.SplittableRandom(42);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
