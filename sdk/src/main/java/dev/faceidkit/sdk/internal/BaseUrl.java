package dev.faceidkit.sdk.internal;

import dev.faceidkit.contractmodel.Contract;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Checks the base URL a client sends its calls to. */
public final class BaseUrl {

    /** The contract's first server (FaceID production). Other hosts serving the same API are chosen by URL. */
    public static final String PRODUCTION = Contract.bundled().defaultServerUrl();

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.[0-9]{1,3}){3}");

    private BaseUrl() {
    }

    /**
     * The URL as the operations' paths are resolved below it (ending with a slash). Plain HTTP is refused unless the host is this machine
     * (a local sandbox) or the caller explicitly allowed it: the credentials travel in the request body and, for
     * get_result, in the URL.
     */
    public static HttpUrl parse(String url, boolean allowInsecureHttp) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("baseUrl is not an http or https URL: " + url);
        }
        if (!parsed.isHttps() && !allowInsecureHttp && !isLoopback(parsed.host())) {
            throw new IllegalArgumentException("baseUrl " + parsed + " uses plain HTTP to a remote host, which"
                    + " would send the api_secret unencrypted; use https, or call allowInsecureHttp() if you"
                    + " really mean it");
        }
        if (parsed.query() != null || parsed.fragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + parsed.redact());
        }
        String path = parsed.encodedPath();
        return path.endsWith("/") ? parsed : parsed.newBuilder().encodedPath(path + "/").build();
    }

    // Literal checks only: resolving a name here would make building a client do DNS look-ups.
    public static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
    }
}
