package dev.faceidkit.benchmarks;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Verify and get_result requests to one server, encoded as they go on the wire. */
final class LoadTarget implements LoadDriver.Target {

    static final String KEY = "example-api-key";
    static final String SECRET = "example-api-secret";
    static final String IDENTITY = "11010519491231002X";
    static final String PRISM_BIZ_ID = "1462259748,52b13fb5-8dfb-4537-a62b-a641d5e929f1";
    static final String VERIFY_PATH = "/faceid/v2/verify";
    static final String GET_RESULT_PATH = "/faceid/lite/get_result";

    private final String name;
    private final int port;
    private final VerifyRequests verify;
    private final BizIds bizIds;

    LoadTarget(String name, int port, byte[] photo, Images images, BizIds bizIds) {
        this.name = name;
        this.port = port;
        this.verify = new VerifyRequests(port, photo, images);
        this.bizIds = bizIds;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public byte[] next(String operation) throws IOException, InterruptedException {
        return LoadDriver.VERIFY.equals(operation) ? verify.next() : get(port, getResultQuery(bizIds.next()));
    }

    static byte[] post(int port, String path, String contentType, byte[] body) {
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nPrefer: code=200\r\n"
                + "Content-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    static byte[] get(int port, String pathAndQuery) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nPrefer: code=200\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static String getResultQuery(String bizId) {
        return GET_RESULT_PATH + "?api_key=" + KEY + "&api_secret=" + SECRET + "&biz_id="
                + URLEncoder.encode(bizId, StandardCharsets.UTF_8);
    }

    /** A source of biz_ids for get_result. */
    interface BizIds {
        String next() throws IOException, InterruptedException;
    }

}
