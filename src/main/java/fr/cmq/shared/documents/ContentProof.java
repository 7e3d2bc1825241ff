package fr.cmq.shared.documents;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;

/**
 * The type of a file as its content proves it, or none. The name is never asked: random bytes named {@code .png} are
 * nothing. An image must be whole and decode, with nothing after its end; a PDF must have its header and its
 * end-of-file trailer; an office document is opened as an archive, within bounds (entries, inflated size, ratio), and
 * must hold the parts its format requires.
 */
final class ContentProof {

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String WEBP = "image/webp";
    static final String PDF = "application/pdf";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Tika TIKA = new Tika();
    private static final byte[] PNG_END = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82 };
    private static final byte[] JPEG_END = { (byte) 0xFF, (byte) 0xD9 };
    private static final long MAX_PIXELS = 40_000_000;
    private static final int MAX_ENTRIES = 2_000;
    private static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
    private static final int MAX_RATIO = 100;
    private static final int TAIL_BYTES = 1024;

    private ContentProof() {
    }

    static @Nullable String mediaType(Path file) throws IOException {
        String detected;
        try (var in = new BufferedInputStream(Files.newInputStream(file))) {
            detected = TIKA.detect(in);
        }
        return switch (detected) {
            case PNG -> endsWith(file, PNG_END) && decodes(file) ? PNG : null;
            case JPEG -> endsWith(file, JPEG_END) && decodes(file) ? JPEG : null;
            case WEBP -> isWholeWebp(file) ? WEBP : null;
            case PDF -> isStructuredPdf(file) ? PDF : null;
            case "application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice", ODT, DOCX ->
                    officeDocument(file);
            default -> null;
        };
    }

    private static boolean endsWith(Path file, byte[] end) throws IOException {
        return Arrays.equals(tail(file, end.length), end);
    }

    /** Reads the dimensions before the pixels, so that a small file announcing a huge image is not decoded. */
    private static boolean decodes(Path file) throws IOException {
        try (var input = ImageIO.createImageInputStream(file.toFile())) {
            var readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) {
                return false;
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    return false;
                }
                return reader.read(0) != null;
            } catch (IOException | RuntimeException broken) {
                return false;
            } finally {
                reader.dispose();
            }
        }
    }

    /** RIFF container whose announced length is the file's, holding a WebP image chunk. */
    private static boolean isWholeWebp(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        if (head.length < 16) {
            return false;
        }
        long announced = (head[4] & 0xFFL) | (head[5] & 0xFFL) << 8 | (head[6] & 0xFFL) << 16 | (head[7] & 0xFFL) << 24;
        String chunk = new String(head, 12, 4, StandardCharsets.US_ASCII);
        return announced + 8 == Files.size(file) && chunk.startsWith("VP8");
    }

    /** A header {@code %PDF-n.n}, and a trailer with {@code startxref} and {@code %%EOF} at the end. */
    private static boolean isStructuredPdf(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        String tail = new String(tail(file, TAIL_BYTES), StandardCharsets.ISO_8859_1);
        return new String(head, StandardCharsets.ISO_8859_1).matches("%PDF-[12]\\.\\d")
                && tail.matches("(?s).*startxref\\s+\\d+\\s+%%EOF\\s*");
    }

    private static final String ODF_MANIFEST = "META-INF/manifest.xml";
    private static final int MAX_MANIFEST_BYTES = 64 * 1024;
    /** The manifest's entry for the package itself, which names its type (read as text: no XML parser runs). */
    private static final Pattern ODF_ROOT = Pattern.compile("<manifest:file-entry\\b(?=[^>]*\\bmanifest:full-path=\"/\")"
            + "(?=[^>]*\\bmanifest:media-type=\"" + Pattern.quote(ODT) + "\")[^>]*>");

    /** An ODT (its mimetype, content and manifest) or a DOCX, read entry by entry and given up as soon as a bound is passed (a zip bomb). */
    private static @Nullable String officeDocument(Path file) throws IOException {
        long maxInflated = Math.min(MAX_INFLATED_BYTES, Math.max(Files.size(file), 1024) * MAX_RATIO);
        long inflated = 0;
        int entries = 0;
        boolean contentTypes = false;
        boolean wordDocument = false;
        boolean odfContent = false;
        String odfType = null;
        String odfManifest = null;
        byte[] buffer = new byte[8192];
        try (var zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    return null;
                }
                boolean manifest = entry.getName().equals(ODF_MANIFEST);
                var kept = entry.getName().equals("mimetype") || manifest ? new ByteArrayOutputStream() : null;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > maxInflated) {
                        return null;
                    }
                    if (kept != null && kept.size() < (manifest ? MAX_MANIFEST_BYTES : 100)) {
                        kept.write(buffer, 0, read);
                    }
                }
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                wordDocument |= entry.getName().equals("word/document.xml");
                odfContent |= entry.getName().equals("content.xml");
                if (manifest) {
                    odfManifest = kept.toString(StandardCharsets.UTF_8);
                } else if (kept != null) {
                    odfType = kept.toString(StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (ZipException | EOFException broken) {
            return null;
        }
        if (ODT.equals(odfType) && odfContent && odfManifest != null && ODF_ROOT.matcher(odfManifest).find()) {
            return ODT;
        }
        return contentTypes && wordDocument ? DOCX : null;
    }

    private static byte[] tail(Path file, int length) throws IOException {
        try (var random = new RandomAccessFile(file.toFile(), "r")) {
            int size = (int) Math.min(length, random.length());
            byte[] tail = new byte[size];
            random.seek(random.length() - size);
            random.readFully(tail);
            return tail;
        }
    }
}
