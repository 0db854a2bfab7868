package dev.faceidkit.sdk.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP/1.1 server for the benchmark: reads each request, discards its body (Content-Length or chunked)
 * through one reused buffer, and answers with a fixed verify JSON, keeping the connection alive. It allocates
 * almost nothing per request, so it neither slows the client down nor grows the shared heap.
 */
final class DiscardingVerifyServer implements AutoCloseable {

    static final String VERIFY_JSON = "{\"request_id\":\"1763701122,0b9d6a1e-3c2f-4e8a-9d17-5f2a6c4b8e31\","
            + "\"time_used\":862,\"result_faceid\":{\"confidence\":81.204,\"thresholds\":{\"1e-3\":62.169,"
            + "\"1e-4\":69.101,\"1e-5\":73.975,\"1e-6\":78.038}},\"id_exceptions\":{\"id_attacked\":0,"
            + "\"id_photo_monochrome\":1},\"face_genuineness\":{\"synthetic_face_confidence\":0.012,"
            + "\"synthetic_face_threshold\":0.5,\"mask_confidence\":0.004,\"mask_threshold\":0.5,"
            + "\"screen_replay_confidence\":0.031,\"screen_replay_threshold\":0.5,\"face_replaced\":0}}";

    private static final byte[] RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + VERIFY_JSON.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: keep-alive\r\n\r\n" + VERIFY_JSON)
            .getBytes(StandardCharsets.UTF_8);

    private final ServerSocket socket;
    private final AtomicLong lastBodyBytes = new AtomicLong();

    DiscardingVerifyServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "bench-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** Body bytes of the last request served, to check that an upload really travelled. */
    long lastBodyBytes() {
        return lastBodyBytes.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                Thread handler = new Thread(() -> serve(connection), "bench-server-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        byte[] buffer = new byte[64 * 1024];
        try (connection; InputStream in = new BufferedInputStream(connection.getInputStream(), buffer.length);
             OutputStream out = connection.getOutputStream()) {
            RequestHead head = new RequestHead();
            while (head.read(in)) {
                long body = head.chunked ? discardChunked(in, buffer) : discard(in, head.contentLength, buffer);
                lastBodyBytes.set(body);
                out.write(RESPONSE);
                out.flush();
            }
        } catch (IOException e) {
            // The client closed the connection.
        }
    }

    private static long discard(InputStream in, long length, byte[] buffer) throws IOException {
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("body cut short");
            }
            left -= n;
        }
        return length;
    }

    private static long discardChunked(InputStream in, byte[] buffer) throws IOException {
        long total = 0;
        while (true) {
            long size = Long.parseLong(RequestHead.readLine(in).split(";")[0].trim(), 16);
            if (size == 0) {
                while (!RequestHead.readLine(in).isEmpty()) {
                    // trailers
                }
                return total;
            }
            total += discard(in, size, buffer);
            RequestHead.readLine(in);
        }
    }

    /** The request line and the two headers that say how long the body is. */
    private static final class RequestHead {
        long contentLength;
        boolean chunked;

        boolean read(InputStream in) throws IOException {
            String requestLine = readLine(in);
            if (requestLine == null) {
                return false;
            }
            contentLength = 0;
            chunked = false;
            for (String line = readLine(in); line != null && !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    contentLength = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.equalsIgnoreCase("chunked");
                }
            }
            return true;
        }

        static String readLine(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (c == '\n') {
                    int end = line.length();
                    return line.substring(0, end > 0 && line.charAt(end - 1) == '\r' ? end - 1 : end);
                }
                line.append((char) c);
            }
            return line.length() == 0 ? null : line.toString();
        }
    }
}
