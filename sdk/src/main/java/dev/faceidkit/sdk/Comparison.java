package dev.faceidkit.sdk;

import dev.faceidkit.contractmodel.Variant;
import dev.faceidkit.sdk.internal.FieldCheck;
import dev.faceidkit.sdk.internal.FormFields;
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
 * operation and are the contract's, checked when the request is built: how many reference photos it defines,
 * the bytes of uuid, the length and format of the name and the ID number.
 */
public final class Comparison {

    // The alternatives of comparison_type, by the ending of their schema titles in the contract
    // (DataSourceComparison, BizTokenDataSourceComparison, ...); their wire values come from the contract.
    private static final String DATA_SOURCE = "DataSourceComparison";
    private static final String REFERENCE_PHOTOS = "ReferencePhotoComparison";

    private final String alternative;
    private final String idcardName;
    private final String idcardNumber;
    private final String uuid;
    private final List<FileUpload> referencePhotos;

    private Comparison(String alternative, String idcardName, String idcardNumber, String uuid,
                       List<FileUpload> referencePhotos) {
        this.alternative = alternative;
        this.idcardName = idcardName;
        this.idcardNumber = idcardNumber;
        this.uuid = uuid;
        this.referencePhotos = referencePhotos;
    }

    /**
     * Data-source comparison (有源比对).
     *
     * @param idcardName      the person's name
     * @param idcardNumber    the 18-character resident ID number
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

    /** Adds comparison_type and its fields, each checked against the operation's contract. */
    void addTo(FormFields.Builder form) {
        Variant variant = form.choose("comparison_type", alternative);
        if (DATA_SOURCE.equals(alternative)) {
            form.text("idcard_name", FieldCheck.required("idcard_name", idcardName, variant))
                    .text("idcard_number", FieldCheck.required("idcard_number", idcardNumber, variant));
        } else {
            form.text("uuid", FieldCheck.required("uuid", uuid, variant));
        }
        int max = referencePhotos.isEmpty() ? 0 : form.numbered("image_ref");
        if (referencePhotos.size() > max) {
            throw new IllegalArgumentException("image_ref" + (max + 1) + " is not accepted: at most " + max
                    + " reference photos (image_ref1 to image_ref" + max + ") for this operation, "
                    + referencePhotos.size() + " given");
        }
        for (int i = 0; i < referencePhotos.size(); i++) {
            String field = "image_ref" + (i + 1);
            form.file(field, FieldCheck.required(field, referencePhotos.get(i), variant));
        }
        form.requireAll(variant, "");
    }

    // Keeps null entries in place, so that build() can name the missing photo's field.
    private static List<FileUpload> photos(FileUpload first, FileUpload[] more) {
        List<FileUpload> all = new ArrayList<>();
        all.add(first);
        return withMore(all, more);
    }

    private static List<FileUpload> photos(FileUpload[] photos) {
        return photos == null || photos.length == 0 ? List.of() : withMore(new ArrayList<>(), photos);
    }

    private static List<FileUpload> withMore(List<FileUpload> photos, FileUpload[] more) {
        if (more != null) {
            photos.addAll(Arrays.asList(more));
        }
        return Collections.unmodifiableList(photos);
    }
}
