package dev.faceidkit.sandbox.http;

import org.springframework.web.multipart.MultipartException;

/** The request body passed the operation's size limit; answered with the documented plain-text 413. */
public class RequestTooLargeException extends MultipartException {

    public RequestTooLargeException(long limit) {
        super("Request body over " + limit + " bytes");
    }
}
