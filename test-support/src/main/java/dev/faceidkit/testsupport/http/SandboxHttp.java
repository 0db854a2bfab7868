package dev.faceidkit.testsupport.http;

import java.net.http.HttpRequest;

/** {@link SimpleHttp} bound to a server on one loopback port (the sandbox under test): paths instead of URLs. */
public final class SandboxHttp {

    private final int port;
    private final String base;

    public SandboxHttp(int port) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String base() {
        return base;
    }

    public Reply post(String path, Form form, String... headers) {
        return SimpleHttp.post(base + path, form, headers);
    }

    public Reply post(String path, String contentType, byte[] body) {
        return SimpleHttp.post(base + path, contentType, body);
    }

    public Reply get(String pathAndQuery, String... headers) {
        return SimpleHttp.get(base + pathAndQuery, headers);
    }

    public Reply send(HttpRequest.Builder request) {
        return SimpleHttp.send(request);
    }
}
