package dev.faceidkit.testsupport.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves a folder over HTTP on a free loopback port with the JDK's built-in server, the way Spring Boot serves
 * {@code META-INF/resources}: {@code <root>/docs/index.html} is {@code /docs/index.html}. GET and HEAD only; no
 * directory listing, no index file for a directory.
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "yaml", "application/yaml",
            "json", "application/json",
            "js", "text/javascript",
            "css", "text/css",
            "png", "image/png",
            "svg", "image/svg+xml");

    private final Path root;
    private final HttpServer server;
    private final List<String> served = new CopyOnWriteArrayList<>();

    private StaticSiteServer(Path root) throws IOException {
        this.root = root.toRealPath();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
    }

    public static StaticSiteServer start(Path root) throws IOException {
        StaticSiteServer s = new StaticSiteServer(root);
        s.server.start();
        return s;
    }

    /** For example {@code http://127.0.0.1:40123}. */
    public URI origin() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** "GET /docs/index.html 200", one entry per request answered. */
    public List<String> served() {
        return List.copyOf(served);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            int status;
            if (!method.equals("GET") && !method.equals("HEAD")) {
                status = 405;
                exchange.sendResponseHeaders(status, -1);
            } else if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                status = 404;
                exchange.sendResponseHeaders(status, -1);
            } else {
                status = 200;
                String name = file.getFileName().toString();
                String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                exchange.getResponseHeaders().set("Content-Type", type);
                byte[] body = Files.readAllBytes(file);
                exchange.sendResponseHeaders(status, method.equals("HEAD") ? -1 : body.length);
                if (method.equals("GET")) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
            served.add(method + " " + path + " " + status);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
