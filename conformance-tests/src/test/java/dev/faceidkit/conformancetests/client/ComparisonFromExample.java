package dev.faceidkit.conformancetests.client;

import dev.faceidkit.sdk.Comparison;
import dev.faceidkit.sdk.FileUpload;
import java.util.List;

/** {@code comparison_type} and its fields, as the SDK's {@link Comparison}. */
final class ComparisonFromExample {

    private ComparisonFromExample() {
    }

    static Comparison of(ExampleFields fields) {
        String type = fields.text("comparison_type");
        List<FileUpload> photos = fields.numberedFiles("image_ref", 3);
        FileUpload[] photoArray = photos.toArray(FileUpload[]::new);
        return switch (String.valueOf(type)) {
            case "1" -> Comparison.dataSource(fields.text("idcard_name"), fields.text("idcard_number"), photoArray);
            case "0" -> Comparison.referencePhotos(fields.text("uuid"), photos.isEmpty() ? null : photos.get(0),
                    photos.stream().skip(1).toArray(FileUpload[]::new));
            default -> throw new IllegalArgumentException("comparison_type=" + type + " has no SDK equivalent");
        };
    }
}
