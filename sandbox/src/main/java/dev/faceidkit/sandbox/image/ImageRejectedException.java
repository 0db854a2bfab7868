package dev.faceidkit.sandbox.image;

/** An upload that is not an image the service reads, or one larger than it accepts. */
public class ImageRejectedException extends Exception {

    /** Why the image was rejected. */
    public enum Reason {
        /** Not JPEG, PNG, BMP or GIF, or damaged. */
        UNDECODABLE,
        /** Wider or higher than the field's {@code x-faceid-max-pixels}. */
        OVERSIZED
    }

    private final Reason reason;

    ImageRejectedException(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
