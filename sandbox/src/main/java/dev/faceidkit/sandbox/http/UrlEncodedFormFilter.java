package dev.faceidkit.sandbox.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A url-encoded body sent to a FaceID operation is read as the multipart form of the same text fields (D-58):
 * clients in the wild send one for calls without files. The body is re-encoded as multipart, so that one reader
 * (StreamingMultipartResolver) applies every rule and limit. A pair whose percent-encoding is broken is dropped,
 * as Tomcat drops it, and nothing of it is logged. A body over the operation's size limit is passed on unchanged
 * and answered as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
public class UrlEncodedFormFilter extends OncePerRequestFilter {

    private final ServedOperations operations;

    public UrlEncodedFormFilter(ServedOperations operations) {
        this.operations = operations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equalsIgnoreCase(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || operations.at(RequestPaths.of(request)).isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = operations.at(RequestPaths.of(request)).map(operations::maxRequestBytes).orElse(0L);
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body == null) {
            chain.doFilter(request, response);
            return;
        }
        String boundary = "faceid-urlencoded-" + UUID.randomUUID();
        byte[] multipart = multipart(new String(body, StandardCharsets.ISO_8859_1), charsetOf(request), boundary);
        chain.doFilter(new AsMultipart(request, multipart, "multipart/form-data; boundary=" + boundary), response);
    }

    private static byte[] multipart(String form, Charset charset, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset);
            } catch (IllegalArgumentException brokenEscape) {
                continue;
            }
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.replace("\"", "%22")
                    + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n");
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /** The body, or null when it is longer than {@code limit} bytes (the multipart reader then answers 413). */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
        return bytes.length > limit ? null : bytes;
    }

    private static Charset charsetOf(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The request with the re-encoded body and its multipart content type. */
    private static final class AsMultipart extends HttpServletRequestWrapper {
        private final byte[] body;
        private final String contentType;

        AsMultipart(HttpServletRequest request, byte[] body, String contentType) {
            super(request);
            this.body = body;
            this.contentType = contentType;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getHeader(String name) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                return contentType;
            }
            if ("Content-Length".equalsIgnoreCase(name)) {
                return Integer.toString(body.length);
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return "Content-Type".equalsIgnoreCase(name) || "Content-Length".equalsIgnoreCase(name)
                    ? Collections.enumeration(java.util.List.of(value)) : super.getHeaders(name);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }
}
