package dev.faceidkit.contractmodel;

import java.util.List;
import java.util.Optional;

/**
 * One row of an operation's {@code x-faceid-errors}: a code the operation answers with, at one HTTP status.
 *
 * @param status           the HTTP status
 * @param code             such as {@code NO_FACE_FOUND}
 * @param message          the wording as the vendor writes it, with a placeholder such as {@code <param>} for the
 *                         detail: {@code NO_FACE_FOUND: <param>}
 * @param detailKind       what the detail is ({@code param}, {@code key}, {@code reason}, ...), if there is one
 * @param detailValues     the detail values the documents list
 * @param billed           whether such a failed call is charged (the documents' 是否计费 column)
 * @param billedWhenDetail details that make an otherwise free error billed, such as {@code data_source}
 */
public record DocumentedError(int status, String code, String message, Optional<String> detailKind,
                              List<String> detailValues, boolean billed, List<String> billedWhenDetail) {

    public DocumentedError {
        detailValues = List.copyOf(detailValues);
        billedWhenDetail = List.copyOf(billedWhenDetail);
    }

    /** Whether a failure with this code and detail (the text after the colon, may be null) is charged. */
    public boolean isBilled(String detail) {
        return billed || detail != null && billedWhenDetail.contains(detail.trim());
    }

    /** The message with the detail in place of its placeholder; the message itself when it has none. */
    public String format(String detail) {
        int open = message.indexOf('<');
        if (open < 0) {
            return message;
        }
        if (detail == null) {
            throw new IllegalArgumentException("The error " + message + " needs a detail");
        }
        return message.substring(0, open) + detail + message.substring(message.indexOf('>', open) + 1);
    }
}
