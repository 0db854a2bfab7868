package dev.faceidkit.sandbox.image;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Decodes JPEG, PNG, BMP and GIF images. Pixels are read subsampled to at most about {@value #SAMPLE_SIDE} pixels
 * a side (the sandbox needs a thumbnail, never the full bitmap), so even a large image costs little memory. Where
 * the contract limits an image's size ({@code x-faceid-max-pixels}), the size is read from the header and a larger
 * image is refused before its pixels are decoded.
 *
 * <p>Images given as bytes are remembered by content (SHA-256): decoding is a pure function of the bytes, and test
 * suites send the same few photos again and again, so a repeated photo costs a digest instead of a decode. Only
 * what decodes is remembered; the cache holds at most {@value #REMEMBERED_IMAGES} results of a few dozen bytes.
 */
@Component
public class ImageDecoder {

    private static final int REMEMBERED_IMAGES = 4096;
    private static final int SAMPLE_SIDE = 128;
    private static final Sampling SAMPLING = new Sampling(SAMPLE_SIDE);
    /** Channels may vary this much across a "solid" image (JPEG noise on a flat colour stays well below). */
    private static final int SOLID_SPREAD = 24;
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "bmp", "gif");

    private final Cache<ByteBuffer, DecodedImage> decoded = Caffeine.newBuilder()
            .maximumSize(REMEMBERED_IMAGES).build();

    /** Any size. */
    public DecodedImage decode(InputStream in) throws ImageRejectedException {
        return decode(in, Integer.MAX_VALUE);
    }

    /** Any size. */
    public DecodedImage decode(byte[] bytes) throws ImageRejectedException {
        return decode(bytes, Integer.MAX_VALUE);
    }

    /** At most {@code maxSide} pixels wide and high, else {@link ImageRejectedException.Reason#OVERSIZED}. */
    public DecodedImage decode(byte[] bytes, int maxSide) throws ImageRejectedException {
        ByteBuffer key = ByteBuffer.wrap(sha256(bytes));
        DecodedImage known = decoded.getIfPresent(key);
        if (known != null) {
            if (known.width() > maxSide || known.height() > maxSide) {
                throw new ImageRejectedException(ImageRejectedException.Reason.OVERSIZED);
            }
            return known;
        }
        Sample png = PngSampler.sample(bytes, maxSide, SAMPLING);
        // Bytes already in memory need no temporary file, which ImageIO.createImageInputStream would use.
        DecodedImage image = png != null ? summarise(png)
                : decode(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes)), maxSide);
        decoded.put(key, image);
        return image;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** At most {@code maxSide} pixels wide and high, else {@link ImageRejectedException.Reason#OVERSIZED}. */
    public DecodedImage decode(InputStream in, int maxSide) throws ImageRejectedException {
        // ImageIO buffers a stream through a temporary file, so that a large upload is not held in memory.
        ImageInputStream stream;
        try {
            stream = ImageIO.createImageInputStream(in);
        } catch (IOException e) {
            throw new ImageRejectedException(ImageRejectedException.Reason.UNDECODABLE);
        }
        if (stream == null) {
            throw new ImageRejectedException(ImageRejectedException.Reason.UNDECODABLE);
        }
        return decode(stream, maxSide);
    }

    private DecodedImage decode(ImageInputStream opened, int maxSide) throws ImageRejectedException {
        try (ImageInputStream stream = opened) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new ImageRejectedException(ImageRejectedException.Reason.UNDECODABLE);
            }
            ImageReader reader = readers.next();
            try {
                return read(reader, stream, maxSide);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Damaged data makes the JDK readers throw all sorts of runtime exceptions.
            throw new ImageRejectedException(ImageRejectedException.Reason.UNDECODABLE);
        }
    }

    private static DecodedImage read(ImageReader reader, ImageInputStream stream, int maxSide)
            throws IOException, ImageRejectedException {
        if (!FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
            throw new ImageRejectedException(ImageRejectedException.Reason.UNDECODABLE);
        }
        reader.setInput(stream, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > maxSide || height > maxSide) {
            throw new ImageRejectedException(ImageRejectedException.Reason.OVERSIZED);
        }
        Sampling.Periods periods = SAMPLING.of(width, height);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(periods.columns(), periods.rows(), 0, 0);
        BufferedImage sample = reader.read(0, param);
        return summarise(new Sample(width, height, rgb(sample), sample.getWidth(), sample.getHeight()));
    }

    private static DecodedImage summarise(Sample sample) {
        return new DecodedImage(sample.width(), sample.height(), fingerprint(sample), solidColour(sample));
    }

    /**
     * The pixels as {@code 0xRRGGBB}: read straight from the raster for the decoders' usual 8-bit BGR layout, else
     * drawn into a TYPE_INT_RGB image by Java2D (which converts any colour model, alpha and colour space).
     */
    private static int[] rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getNumBanks() == 1 && image.getRaster().getParent() == null) {
            byte[] bgr = buffer.getData();
            int[] pixels = new int[image.getWidth() * image.getHeight()];
            for (int i = 0, j = 0; i < pixels.length; i++, j += 3) {
                pixels[i] = (bgr[j + 2] & 0xFF) << 16 | (bgr[j + 1] & 0xFF) << 8 | (bgr[j] & 0xFF);
            }
            return pixels;
        }
        BufferedImage copy = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = copy.createGraphics();
            try {
                g.setComposite(AlphaComposite.Src);
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        return ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
    }

    /**
     * An 8-row, 9-column grid of mean grey levels, each cell compared with its right neighbour, and the mean colour.
     * Each cell's sum is added up in a local variable along the row, in the same order as pixel by pixel, so the
     * doubles (and the hash bits) are the same while the loop waits on no memory store.
     */
    private static Fingerprint fingerprint(Sample sample) {
        double[][] grey = new double[8][9];
        int[][] counts = new int[8][9];
        long r = 0;
        long g = 0;
        long b = 0;
        int w = sample.sampleWidth();
        int h = sample.sampleHeight();
        int[] data = sample.pixels();
        int[] columnEnds = new int[9];
        for (int col = 0; col < 9; col++) {
            // The first x with x * 9 / w > col: cell col holds x in [end(col - 1), end(col)).
            columnEnds[col] = Math.min(w, ((col + 1) * w + 8) / 9);
        }
        for (int y = 0; y < h; y++) {
            double[] greyRow = grey[y * 8 / h];
            int[] countRow = counts[y * 8 / h];
            int offset = y * w;
            int x = 0;
            for (int col = 0; col < 9; col++) {
                int end = columnEnds[col];
                double cell = greyRow[col];
                countRow[col] += end - x;
                for (; x < end; x++) {
                    int rgb = data[offset + x];
                    int red = (rgb >> 16) & 0xFF;
                    int green = (rgb >> 8) & 0xFF;
                    int blue = rgb & 0xFF;
                    r += red;
                    g += green;
                    b += blue;
                    cell += 0.299 * red + 0.587 * green + 0.114 * blue;
                }
                greyRow[col] = cell;
            }
        }
        long hash = 0;
        for (int row = 0; row < 8; row++) {
            for (int col = 0; col < 8; col++) {
                double left = grey[row][col] / Math.max(1, counts[row][col]);
                double right = grey[row][col + 1] / Math.max(1, counts[row][col + 1]);
                hash = (hash << 1) | (left > right ? 1 : 0);
            }
        }
        long pixels = (long) w * h;
        int mean = (int) (r / pixels) << 16 | (int) (g / pixels) << 8 | (int) (b / pixels);
        return new Fingerprint(hash, mean);
    }

    /** The mean colour when no channel varies by more than {@value #SOLID_SPREAD}, else null (known early for a photo). */
    private static Integer solidColour(Sample sample) {
        int[] data = sample.pixels();
        int first = data[0];
        int minR = (first >> 16) & 0xFF;
        int minG = (first >> 8) & 0xFF;
        int minB = first & 0xFF;
        int maxR = minR;
        int maxG = minG;
        int maxB = minB;
        long sumR = 0;
        long sumG = 0;
        long sumB = 0;
        int pixels = data.length;
        for (int i = 0; i < pixels; i++) {
            int rgb = data[i];
            int red = (rgb >> 16) & 0xFF;
            int green = (rgb >> 8) & 0xFF;
            int blue = rgb & 0xFF;
            minR = Math.min(minR, red);
            maxR = Math.max(maxR, red);
            minG = Math.min(minG, green);
            maxG = Math.max(maxG, green);
            minB = Math.min(minB, blue);
            maxB = Math.max(maxB, blue);
            if (maxR - minR > SOLID_SPREAD || maxG - minG > SOLID_SPREAD || maxB - minB > SOLID_SPREAD) {
                return null;
            }
            sumR += red;
            sumG += green;
            sumB += blue;
        }
        return (int) (sumR / pixels) << 16 | (int) (sumG / pixels) << 8 | (int) (sumB / pixels);
    }
}
