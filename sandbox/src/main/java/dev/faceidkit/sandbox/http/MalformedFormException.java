package dev.faceidkit.sandbox.http;

import org.springframework.web.multipart.MultipartException;

/**
 * The form could not be read. {@link #field()} names the field at fault (a text field that is not UTF-8 or too
 * long, a part cut short), or is null when the body as a whole is not a readable form.
 */
public class MalformedFormException extends MultipartException {

    private final String field;

    public MalformedFormException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
