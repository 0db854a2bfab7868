package dev.faceidkit.sandbox.identity;

import dev.faceidkit.sandbox.image.ImageFiles;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The built-in identity data source: one person per data-source outcome, each with a synthetic portrait. The
 * portrait of a person is what a camera would capture of them (served at
 * {@code /sandbox/identities/<number>/photo.png}); the data source holds it, in grey, or not at all, depending on
 * the record. Any other valid ID number is unknown ({@code NO_SUCH_ID_NUMBER}).
 */
@Component
public class TestIdentityCatalog {

    /** The normal identity; also the one the contract's examples use (DECISIONS.md, D-34). */
    public static final String NORMAL_ID_NUMBER = "11010519491231002X";
    /** A valid number the data source does not know. */
    public static final String UNKNOWN_ID_NUMBER = "330106197508154687";

    private static final List<TestIdentity> IDENTITIES = List.of(
            new TestIdentity(NORMAL_ID_NUMBER, "张三", TestIdentity.Record.COLOUR_PHOTO),
            new TestIdentity("110105199003071239", "李四", TestIdentity.Record.MONOCHROME_PHOTO),
            new TestIdentity("440304198506123455", "王五", TestIdentity.Record.ATTACKED),
            new TestIdentity("310115197809256786", "赵六", TestIdentity.Record.NO_PHOTO),
            new TestIdentity("510107199211182467", "钱七", TestIdentity.Record.PHOTO_WITHOUT_FACE),
            new TestIdentity("320102198804013579", "孙八", TestIdentity.Record.SOURCE_FAILURE));

    private static final int BLANK_GREY = 0x808080;

    private final Map<String, TestIdentity> byNumber = IDENTITIES.stream()
            .collect(Collectors.toUnmodifiableMap(TestIdentity::idcardNumber, Function.identity()));
    private final Map<String, byte[]> portraits = IDENTITIES.stream()
            .collect(Collectors.toUnmodifiableMap(TestIdentity::idcardNumber,
                    identity -> ImageFiles.png(paint(identity))));

    public List<TestIdentity> all() {
        return IDENTITIES;
    }

    public Optional<TestIdentity> find(String idcardNumber) {
        return Optional.ofNullable(byNumber.get(IdNumbers.normalise(idcardNumber)));
    }

    /** The person's face as a camera would capture it (PNG). */
    public Optional<byte[]> portraitPng(String idcardNumber) {
        return Optional.ofNullable(portraits.get(IdNumbers.normalise(idcardNumber))).map(byte[]::clone);
    }

    /** The photo the data source holds for the person (PNG), if any. */
    public Optional<byte[]> dataSourcePhoto(TestIdentity identity) {
        return switch (identity.record()) {
            case COLOUR_PHOTO, ATTACKED -> portraitPng(identity.idcardNumber());
            case MONOCHROME_PHOTO -> Optional.of(ImageFiles.png(PortraitPainter.monochrome(paint(identity))));
            case PHOTO_WITHOUT_FACE -> Optional.of(ImageFiles.png(
                    ImageFiles.solid(PortraitPainter.WIDTH, PortraitPainter.HEIGHT, BLANK_GREY)));
            case NO_PHOTO, SOURCE_FAILURE -> Optional.empty();
        };
    }

    /** The person's face as a picture. */
    public BufferedImage portrait(String idcardNumber) {
        return find(idcardNumber).map(TestIdentityCatalog::paint).orElseThrow();
    }

    private static BufferedImage paint(TestIdentity identity) {
        return PortraitPainter.paint(identity.idcardNumber().hashCode());
    }
}
