package dev.faceidkit.sandbox.image;

import dev.faceidkit.contractmodel.Contract;
import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.sandbox.http.ApiOperation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Reads an uploaded image field and answers with the documented code, naming the field, when it is unusable. */
@Component
public class UploadedImages {

    /**
     * Parts up to this size are decoded from their bytes (which the decoder remembers by content); larger ones are
     * streamed from their temporary file, so that no large upload is held in memory whole.
     */
    static final long READ_WHOLE_BYTES = 512 * 1024;

    private final ImageDecoder decoder;
    private final FaceDetector detector;
    private final Contract contract;

    public UploadedImages(ImageDecoder decoder, FaceDetector detector, Contract contract) {
        this.decoder = decoder;
        this.detector = detector;
        this.contract = contract;
    }

    /**
     * An image field of {@code op} ({@code image}, {@code image_ref[x]}), at most as many pixels wide and high as the
     * field's {@code x-faceid-max-pixels} in the contract the sandbox enforces:
     * {@code IMAGE_ERROR_UNSUPPORTED_FORMAT: <param>} or {@code INVALID_IMAGE_SIZE: <param>} when unusable.
     */
    public DecodedImage decode(MultipartFile file, ApiOperation op, String param) {
        try {
            return read(file, contract.operation(op.operationId()).field(param).maxPixels().orElse(Integer.MAX_VALUE));
        } catch (ImageRejectedException e) {
            throw FaceIdError.of(e.reason() == ImageRejectedException.Reason.OVERSIZED
                    ? FaceIdErrorCode.INVALID_IMAGE_SIZE
                    : FaceIdErrorCode.IMAGE_ERROR_UNSUPPORTED_FORMAT, param);
        }
    }

    /** An image of any size, or the given error when it is unreadable (for uploads with a code of their own). */
    public DecodedImage decode(MultipartFile file, FaceIdError whenRejected) {
        try {
            return decodeOrReject(file);
        } catch (ImageRejectedException e) {
            throw whenRejected;
        }
    }

    /**
     * A reference photo ({@code image_ref[x]}): readable, with a face ({@code NO_FACE_FOUND: <param>}) and, when
     * {@code oneFaceOnly}, not several ({@code MULTIPLE_FACES: <param>}); otherwise the largest face counts.
     */
    public DecodedImage referencePhoto(MultipartFile file, ApiOperation op, String param, boolean multiOriented,
                                       boolean oneFaceOnly) {
        DecodedImage image = decode(file, op, param);
        List<DetectedFace> faces = detector.detect(image, multiOriented);
        if (faces.isEmpty()) {
            throw FaceIdError.of(FaceIdErrorCode.NO_FACE_FOUND, param);
        }
        if (oneFaceOnly && faces.size() > 1) {
            throw FaceIdError.of(FaceIdErrorCode.MULTIPLE_FACES, param);
        }
        return image;
    }

    /** An image of any size received inside something else (a face token's image, a flash result's image). */
    public DecodedImage decode(byte[] bytes, FaceIdError whenRejected) {
        try {
            return decoder.decode(bytes);
        } catch (ImageRejectedException e) {
            throw whenRejected;
        }
    }

    /** An image of any size. */
    public DecodedImage decodeOrReject(MultipartFile file) throws ImageRejectedException {
        return read(file, Integer.MAX_VALUE);
    }

    private DecodedImage read(MultipartFile file, int maxSide) throws ImageRejectedException {
        try {
            if (file.getSize() <= READ_WHOLE_BYTES) {
                return decoder.decode(file.getBytes(), maxSide);
            }
            try (InputStream in = file.getInputStream()) {
                return decoder.decode(in, maxSide);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded part", e);
        }
    }
}
