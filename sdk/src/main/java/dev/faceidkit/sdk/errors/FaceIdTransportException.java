package dev.faceidkit.sdk.errors;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/** The call failed with an I/O error before a complete response arrived. */
public final class FaceIdTransportException extends FaceIdException {

    private final boolean mayHaveReachedServer;

    private FaceIdTransportException(String message, IOException cause, boolean mayHaveReachedServer) {
        super(message, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    public static FaceIdTransportException from(IOException cause) {
        boolean reached = !wasNeverSent(cause);
        String where = reached ? "the request may have reached the server" : "the request was never sent";
        return new FaceIdTransportException("I/O failure, " + where + ": " + cause, cause, reached);
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
