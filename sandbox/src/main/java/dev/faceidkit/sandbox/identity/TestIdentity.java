package dev.faceidkit.sandbox.identity;

/**
 * A person in the sandbox's identity data source.
 *
 * @param idcardNumber the ID number, valid check character
 * @param name         the name on file
 * @param record       what the data source holds for this number
 */
public record TestIdentity(String idcardNumber, String name, Record record) {

    /** What the data source answers for a test identity. */
    public enum Record {
        /** A colour photo; {@code id_attacked} and {@code id_photo_monochrome} are 0. */
        COLOUR_PHOTO("colour photo: comparisons succeed"),
        /** The photo is black and white: {@code id_photo_monochrome} 1, confidence somewhat lower. */
        MONOCHROME_PHOTO("black-and-white photo: id_photo_monochrome=1"),
        /** The number was used in attacks before: {@code id_attacked} 1. */
        ATTACKED("colour photo, number used in attacks before: id_attacked=1"),
        /** No photo on file: {@code IMAGE_ERROR_UNSUPPORTED_FORMAT: data_source}. */
        NO_PHOTO("no photo on file: IMAGE_ERROR_UNSUPPORTED_FORMAT data_source"),
        /** A photo without a face: {@code NO_FACE_FOUND: data_source}. */
        PHOTO_WITHOUT_FACE("photo without a face: NO_FACE_FOUND data_source"),
        /** The data source fails: {@code DATA_SOURCE_ERROR}. */
        SOURCE_FAILURE("data source fails: DATA_SOURCE_ERROR");

        private final String description;

        Record(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
