package dev.faceidkit.sandbox.identity;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.image.DecodedImage;
import dev.faceidkit.sandbox.image.FaceDetector;
import dev.faceidkit.sandbox.image.ImageDecoder;
import dev.faceidkit.sandbox.image.ImageRejectedException;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.generated.server.model.IdExceptions;
import org.springframework.stereotype.Component;

/**
 * Data-source comparison's look-up, answering as the documents describe: unknown number, name mismatch, source
 * failure, no usable photo, or the photo to compare with and the identity's anomalies.
 */
@Component
public class DataSource {

    private static final String PARAM = "data_source";

    private final TestIdentityCatalog catalog;
    private final ImageDecoder decoder;
    private final FaceDetector detector;

    public DataSource(TestIdentityCatalog catalog, ImageDecoder decoder, FaceDetector detector) {
        this.catalog = catalog;
        this.decoder = decoder;
        this.detector = detector;
    }

    /** What the data source found for a person: the photo to compare with and the anomalies to report. */
    public record Match(DecodedImage photo, IdExceptions exceptions) {
    }

    public Match lookup(String idcardNumber, String idcardName) {
        TestIdentity identity = catalog.find(idcardNumber)
                .orElseThrow(() -> FaceIdError.of(FaceIdErrorCode.NO_SUCH_ID_NUMBER));
        if (identity.record() == TestIdentity.Record.SOURCE_FAILURE) {
            throw FaceIdError.of(FaceIdErrorCode.DATA_SOURCE_ERROR);
        }
        if (!identity.name().equals(idcardName)) {
            throw FaceIdError.of(FaceIdErrorCode.ID_NUMBER_NAME_NOT_MATCH);
        }
        byte[] photo = catalog.dataSourcePhoto(identity)
                .orElseThrow(() -> FaceIdError.of(FaceIdErrorCode.IMAGE_ERROR_UNSUPPORTED_FORMAT, PARAM));
        DecodedImage image;
        try {
            image = decoder.decode(photo);
        } catch (ImageRejectedException e) {
            throw FaceIdError.of(FaceIdErrorCode.IMAGE_ERROR_UNSUPPORTED_FORMAT, PARAM);
        }
        if (detector.detect(image, false).isEmpty()) {
            throw FaceIdError.of(FaceIdErrorCode.NO_FACE_FOUND, PARAM);
        }
        return new Match(image, new IdExceptions(
                identity.record() == TestIdentity.Record.ATTACKED ? 1 : 0,
                identity.record() == TestIdentity.Record.MONOCHROME_PHOTO ? 1 : 0));
    }
}
