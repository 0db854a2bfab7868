package dev.faceidkit.sdk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the face is compared with ({@code comparison_type}), shared by verify, raw verify and get_biz_token.
 *
 * <ul>
 *   <li>{@link #dataSource}: {@code comparison_type=1}, the portrait a third-party identity data source holds
 *       for this name and ID number, and optionally the caller's own reference photos too;</li>
 *   <li>{@link #referencePhotos}: {@code comparison_type=0}, only the caller's reference photos, with the
 *       caller's id of the user ({@code uuid}).</li>
 * </ul>
 * The photos become {@code image_ref1}, {@code image_ref2}, ... in the order given. The limits depend on the
 * operation and are checked when the request is built: verify and raw verify take three photos, a 512-byte
 * uuid, a name of at most 32 characters and an ID number of 17 digits and a digit or X; get_biz_token takes two
 * photos, a 128-byte uuid, and documents only that the ID number has 18 characters.
 */
public final class Comparison {

    private static final String DATA_SOURCE = "1";
    private static final String REFERENCE_PHOTOS = "0";

    private final String comparisonType;
    private final String idcardName;
    private final String idcardNumber;
    private final String uuid;
    private final List<FileUpload> referencePhotos;

    private Comparison(String comparisonType, String idcardName, String idcardNumber, String uuid,
                       List<FileUpload> referencePhotos) {
        this.comparisonType = comparisonType;
        this.idcardName = idcardName;
        this.idcardNumber = idcardNumber;
        this.uuid = uuid;
        this.referencePhotos = referencePhotos;
    }

    /**
     * Data-source comparison (有源比对).
     *
     * @param idcardName      the person's name, at most 32 characters
     * @param idcardNumber    the 18-character resident ID number (17 digits, then a digit or X)
     * @param referencePhotos optional photos of the caller's own to compare with as well
     */
    public static Comparison dataSource(String idcardName, String idcardNumber, FileUpload... referencePhotos) {
        return new Comparison(DATA_SOURCE, idcardName, idcardNumber, null, photos(referencePhotos));
    }

    /**
     * Reference-photo comparison (无源比对).
     *
     * @param uuid      the caller's id of the user being verified
     * @param imageRef1 the first reference photo, required
     * @param more      further reference photos, sent as image_ref2, image_ref3
     */
    public static Comparison referencePhotos(String uuid, FileUpload imageRef1, FileUpload... more) {
        return new Comparison(REFERENCE_PHOTOS, null, null, uuid, photos(imageRef1, more));
    }

    /** Validates against the operation's limits and adds comparison_type and its fields. */
    void addTo(FormFields.Builder form, ComparisonLimits limits) {
        String context = "for comparison_type=" + comparisonType;
        form.text("comparison_type", comparisonType);
        if (DATA_SOURCE.equals(comparisonType)) {
            String name = FieldCheck.required("idcard_name", idcardName, context);
            String number = FieldCheck.required("idcard_number", idcardNumber, context);
            if (limits.checksIdentityFormat()) {
                FieldCheck.maxChars("idcard_name", name, 32);
                FieldCheck.idcardNumber("idcard_number", number);
            } else {
                FieldCheck.exactChars("idcard_number", number, 18);
            }
            form.text("idcard_name", name).text("idcard_number", number);
        } else {
            String id = FieldCheck.required("uuid", uuid, context);
            form.text("uuid", FieldCheck.maxUtf8Bytes("uuid", id, limits.maxUuidBytes()));
        }
        int max = limits.maxReferencePhotos();
        if (referencePhotos.size() > max) {
            throw new IllegalArgumentException("image_ref" + (max + 1) + " is not accepted: at most " + max
                    + " reference photos (image_ref1 to image_ref" + max + ") for this operation, "
                    + referencePhotos.size() + " given");
        }
        for (int i = 0; i < referencePhotos.size(); i++) {
            String field = "image_ref" + (i + 1);
            form.file(field, FieldCheck.required(field, referencePhotos.get(i), context));
        }
    }

    // Keeps null entries in place, so that build() can name the missing photo's field.
    private static List<FileUpload> photos(FileUpload first, FileUpload[] more) {
        List<FileUpload> all = new ArrayList<>();
        all.add(first);
        return withMore(all, more);
    }

    private static List<FileUpload> photos(FileUpload[] photos) {
        return withMore(new ArrayList<>(), photos);
    }

    private static List<FileUpload> withMore(List<FileUpload> photos, FileUpload[] more) {
        if (more != null) {
            photos.addAll(Arrays.asList(more));
        }
        return Collections.unmodifiableList(photos);
    }
}
