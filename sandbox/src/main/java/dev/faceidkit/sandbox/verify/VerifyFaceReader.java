package dev.faceidkit.sandbox.verify;

import dev.faceidkit.sandbox.error.FaceIdError;
import dev.faceidkit.sandbox.http.ApiOperation;
import dev.faceidkit.sandbox.image.DecodedImage;
import dev.faceidkit.sandbox.image.DetectedFace;
import dev.faceidkit.sandbox.image.FaceComparer;
import dev.faceidkit.sandbox.image.FaceDetector;
import dev.faceidkit.sandbox.image.GenuinenessJudge;
import dev.faceidkit.sandbox.image.UploadedImages;
import dev.faceidkit.sandbox.error.FaceIdErrorCode;
import dev.faceidkit.generated.server.model.Face;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Reads the face under verification from the source {@code face_image_type} names, with that source's errors. */
@Component
class VerifyFaceReader {

    private final UploadedImages images;
    private final FaceDetector detector;
    private final FaceComparer comparer;
    private final GenuinenessJudge judge;
    private final FaceTokenStore faceTokens;
    private final MegLiveFlashResults flashResults;

    VerifyFaceReader(UploadedImages images, FaceDetector detector, FaceComparer comparer, GenuinenessJudge judge,
                     FaceTokenStore faceTokens, MegLiveFlashResults flashResults) {
        this.images = images;
        this.detector = detector;
        this.comparer = comparer;
        this.judge = judge;
        this.faceTokens = faceTokens;
        this.flashResults = flashResults;
    }

    VerifyFace read(VerifyRequest request) {
        return switch (request.faceImageType()) {
            case MEGLIVE -> megLive(request.megLive());
            case FACETOKEN -> faceToken(request.faceToken());
            case RAW_IMAGE -> rawImage(request.rawImage(), request.multiOriented());
            case MEGLIVE_FLASH -> megLiveFlash(request.megliveFlashResult());
        };
    }

    private VerifyFace faceToken(String token) {
        if (!token.matches("\\S+")) {
            throw FaceIdError.bad("face_token");
        }
        byte[] stored = faceTokens.image(token)
                .orElseThrow(() -> FaceIdError.of(FaceIdErrorCode.INVALID_FACE_TOKEN, token));
        DecodedImage image = images.decode(stored,
                FaceIdError.of(FaceIdErrorCode.IMAGE_ERROR_UNSUPPORTED_FORMAT, "facetoken"));
        return new VerifyFace(image, null, null, null);
    }

    private VerifyFace rawImage(VerifyRequest.RawImage raw, boolean multiOriented) {
        DecodedImage image = images.decode(raw.image(), ApiOperation.VERIFY, "image");
        List<DetectedFace> detected = detector.detect(image, multiOriented);
        List<Face> faces = raw.returnFaces()
                ? detected.stream().map(face -> face.toFace(multiOriented)).toList()
                : null;
        if (detected.isEmpty()) {
            throw withFaces(FaceIdError.of(FaceIdErrorCode.NO_FACE_FOUND, "image"), faces);
        }
        if (detected.size() > 1 && raw.failWhenMultipleFaces()) {
            throw withFaces(FaceIdError.of(FaceIdErrorCode.MULTIPLE_FACES, "image"), faces);
        }
        if (detected.get(0).quality() < raw.qualityThreshold()) {
            throw withFaces(FaceIdError.of(FaceIdErrorCode.LOW_QUALITY), faces);
        }
        return new VerifyFace(image, null, faces, null);
    }

    /**
     * MegLive output is checked against its delta. The sandbox's rule: the upload is complete and consistent when
     * the action images are numbered from 1 without a gap and every image is readable (the contract sets them no
     * pixel limit), with a face in {@code image_best}; otherwise {@code DATA_VALIDATION_ERROR}.
     */
    private VerifyFace megLive(VerifyRequest.MegLive megLive) {
        FaceIdError invalid = FaceIdError.of(FaceIdErrorCode.DATA_VALIDATION_ERROR);
        List<MultipartFile> sent = megLive.actions();
        int count = (int) sent.stream().filter(Objects::nonNull).count();
        if (sent.subList(0, count).contains(null)) {
            throw invalid;
        }
        DecodedImage best = images.decode(megLive.best(), invalid);
        if (detector.detect(best, false).isEmpty()) {
            throw invalid;
        }
        DecodedImage environment = megLive.environment() == null ? null : images.decode(megLive.environment(), invalid);
        List<DecodedImage> actions = new ArrayList<>();
        for (MultipartFile action : sent.subList(0, count)) {
            actions.add(images.decode(action, invalid));
        }
        // Face-swap detection compares each action capture with the best image; it needs action images.
        Boolean faceReplaced = actions.isEmpty() ? null
                : actions.stream().anyMatch(action -> !comparer.samePerson(action.fingerprint(), best.fingerprint()));
        return new VerifyFace(best, judge.judge(best, environment, faceReplaced), null,
                new VerifyFace.OnceOnlyUse(VerifyFace.OnceOnlyUse.Kind.DELTA, megLive.delta(), megLive.checkDelta()));
    }

    private VerifyFace megLiveFlash(MultipartFile file) {
        FaceIdError unusable = FaceIdError.bad("meglive_flash_result");
        MegLiveFlashResults.Content content = flashResults.read(bytes(file)).orElseThrow(() -> unusable);
        DecodedImage face = images.decode(content.image(), unusable);
        if (detector.detect(face, false).isEmpty()) {
            throw unusable;
        }
        return new VerifyFace(face, judge.judge(face, null, content.faceReplaced()), null,
                new VerifyFace.OnceOnlyUse(VerifyFace.OnceOnlyUse.Kind.MEGLIVE_BIZ_NO, content.megliveBizNo(), true));
    }

    private static FaceIdError withFaces(FaceIdError error, List<Face> faces) {
        return faces == null ? error : error.withFaces(faces);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded part", e);
        }
    }
}
