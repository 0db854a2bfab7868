package dev.faceidkit.sandbox.error;

import dev.faceidkit.generated.server.model.Face;
import java.util.List;

/**
 * A documented FaceID error to answer with. The HTTP status and the exact wording come from the contract
 * ({@link dev.faceidkit.sandbox.contract.OperationErrors}); this only names the code, its detail and, for Verify with
 * {@code return_faces=1}, the faces detected so far.
 */
public final class FaceIdError extends RuntimeException {

    private final FaceIdErrorCode code;
    private final String detail;
    private final transient List<Face> faces;

    private FaceIdError(FaceIdErrorCode code, String detail, List<Face> faces) {
        // No stack trace: these are answers, not failures, and some are thrown on every bad request.
        super(detail == null ? code.name() : code.name() + " (" + detail + ")", null, false, false);
        this.code = code;
        this.detail = detail;
        this.faces = faces;
    }

    public static FaceIdError of(FaceIdErrorCode code) {
        return new FaceIdError(code, null, null);
    }

    public static FaceIdError of(FaceIdErrorCode code, String detail) {
        return new FaceIdError(code, detail, null);
    }

    public static FaceIdError missing(String field) {
        return of(FaceIdErrorCode.MISSING_ARGUMENTS, field);
    }

    public static FaceIdError bad(String field) {
        return of(FaceIdErrorCode.BAD_ARGUMENTS, field);
    }

    public static FaceIdError refused(String reason) {
        return of(FaceIdErrorCode.AUTHORIZATION_ERROR, reason);
    }

    /** The same error carrying the detected faces (Verify keeps {@code faces} on some errors). */
    public FaceIdError withFaces(List<Face> detected) {
        return new FaceIdError(code, detail, List.copyOf(detected));
    }

    public FaceIdErrorCode code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    /** The faces to report, or null when none are to be reported. */
    public List<Face> faces() {
        return faces;
    }
}
