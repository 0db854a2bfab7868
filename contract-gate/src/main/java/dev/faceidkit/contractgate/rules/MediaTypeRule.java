package dev.faceidkit.contractgate.rules;

import dev.faceidkit.contractgate.compare.Changes;
import dev.faceidkit.contractgate.compare.Side;

/**
 * {@code media-type-removed} / added: a request media type no longer accepted, or a response media type no longer
 * produced, is breaking; a new one is compatible.
 */
public final class MediaTypeRule {

    public static final String NAME = "media-type-removed";

    /** {@code where} names the operation and side ("POST /x · request multipart/form-data"). */
    public void removed(Side side, String where, Changes out) {
        out.breaking(NAME, where, side.isRequest() ? "request media type no longer accepted"
                : "response media type no longer produced (clients parsing it fail)");
    }

    public void added(Side side, String where, Changes out) {
        out.compatible(NAME, where, side.isRequest() ? "new request media type accepted" : "new response media type");
    }
}
