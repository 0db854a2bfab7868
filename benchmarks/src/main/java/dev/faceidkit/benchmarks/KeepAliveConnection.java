package dev.faceidkit.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection of the load generator to a loopback server: writes a request encoded
 * beforehand and reads the answer's status, headers and body (discarded). It exists because the load generator
 * shares the machine's cores with the server it measures: the JDK's {@code HttpClient} spent 0.2–1 ms of CPU per
 * exchange in this benchmark, as much as Prism itself, while a blocking socket spends a few microseconds. It
 * understands what the two servers send (a {@code Content-Length} or a chunked body, {@code Connection: close})
 * and reconnects after a close; anything else is an {@link IOException}.
 */
final class KeepAliveConnection implements AutoCloseable {

    private static final int MAX_HEAD_BYTES = 64 * 1024;

    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] line = new byte[8 * 1024];
    private final byte[] skip = new byte[16 * 1024];

    KeepAliveConnection(int port, int timeoutMillis) {
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Sends {@code request} (request line, headers and body, as they go on the wire) and returns the status of the
     * answer once its whole body has been read. A {@link java.net.SocketTimeoutException} means no answer in time.
     */
    int exchange(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        in = new BufferedInputStream(socket.getInputStream(), 32 * 1024);
        out = new BufferedOutputStream(socket.getOutputStream(), 32 * 1024);
    }

    private int readResponse() throws IOException {
        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("Not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closes = false;
        int headBytes = statusLine.length();
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            headBytes += header.length();
            if (headBytes > MAX_HEAD_BYTES) {
                throw new IOException("Response head over " + MAX_HEAD_BYTES + " bytes");
            }
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closes = value.contains("close");
                default -> {
                }
            }
        }
        if (chunked) {
            readChunkedBody();
        } else if (contentLength >= 0) {
            skipFully(contentLength);
        } else if (status != 204 && status != 304) {
            // Neither length nor chunks: the body ends with the connection.
            while (in.read(skip) >= 0) {
                // discard
            }
            closes = true;
        }
        if (closes) {
            close();
        }
        return status;
    }

    private void readChunkedBody() throws IOException {
        while (true) {
            String size = readLine();
            int extension = size.indexOf(';');
            long length = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
            if (length == 0) {
                // Trailers, if any, up to the empty line.
                while (!readLine().isEmpty()) {
                    // discard
                }
                return;
            }
            skipFully(length);
            if (!readLine().isEmpty()) {
                throw new IOException("Chunk not followed by CRLF");
            }
        }
    }

    private void skipFully(long length) throws IOException {
        long left = length;
        while (left > 0) {
            int read = in.read(skip, 0, (int) Math.min(skip.length, left));
            if (read < 0) {
                throw new EOFException("Body ended " + left + " bytes early");
            }
            left -= read;
        }
    }

    /** A line without its CRLF, as ISO-8859-1 (status line and headers are ASCII). */
    private String readLine() throws IOException {
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("Connection closed mid-response");
            }
            if (b == '\n') {
                int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
                return new String(line, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (length == line.length) {
                throw new IOException("Response line over " + line.length + " bytes");
            }
            line[length++] = (byte) b;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a loopback socket that is already broken: nothing to do.
            }
            socket = null;
        }
    }
}
