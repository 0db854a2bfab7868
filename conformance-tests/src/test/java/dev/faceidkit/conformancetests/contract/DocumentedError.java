package dev.faceidkit.conformancetests.contract;

import java.util.List;

/**
 * One row of an {@code x-faceid-errors} list: a code an operation documents for one status.
 *
 * @param detailValues the known details ({@code detail-values}); empty when the detail is free or absent
 * @param billedWhenDetail the details with which the failed call is billed although {@code billed} is false
 */
public record DocumentedError(Operation operation, int status, String code, List<String> detailValues,
                              boolean billed, List<String> billedWhenDetail) {

    /** Whether a failure with this code and detail is charged, per the catalogue. */
    public boolean billedWith(String detail) {
        return billed || (detail != null && billedWhenDetail.contains(detail));
    }

    /** "verify 400 NO_FACE_FOUND". */
    public String label() {
        return operation.id() + " " + status + " " + code;
    }
}
