package dev.faceidkit.sdk.errors;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.function.UnaryOperator;

/** The call failed with an I/O error before a complete response arrived. */
public final class FaceIdTransportException extends FaceIdException {

    private final boolean mayHaveReachedServer;

    private FaceIdTransportException(String message, IOException cause, boolean mayHaveReachedServer) {
        super(message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    public static FaceIdTransportException from(IOException cause) {
        return from(cause, UnaryOperator.identity());
    }

    /**
     * As {@link #from(IOException)}, with {@code redact} applied to the failure's text. When it changes the text
     * (a server echoed a secret into, say, a malformed status line), the original exception is not kept as the
     * cause; a plain {@link IOException} with the redacted text and the same stack takes its place.
     */
    public static FaceIdTransportException from(IOException cause, UnaryOperator<String> redact) {
        boolean reached = !wasNeverSent(cause);
        String where = reached ? "the request may have reached the server" : "the request was never sent";
        String described = redact.apply(String.valueOf(cause));
        IOException kept = cause;
        if (!described.equals(String.valueOf(cause)) || chainChangedBy(cause, redact)) {
            kept = new IOException(described);
            kept.setStackTrace(cause.getStackTrace());
        }
        return new FaceIdTransportException("I/O failure, " + where + ": " + described, kept, reached);
    }

    private static boolean chainChangedBy(Throwable failure, UnaryOperator<String> redact) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String text = String.valueOf(t);
            if (!redact.apply(text).equals(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the failure certainly happened before the request left this host: the name did not resolve,
     * or no connection could be made. Anything else, notably a read timeout, may come after the server got
     * (and billed) the request.
     */
    public static boolean wasNeverSent(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    /** False only when the request certainly never left this host, so repeating it cannot double-bill. */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }
}
