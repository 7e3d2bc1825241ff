package fr.cmq.shared.test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Files as people upload them, and as an attacker would: each made here, byte for byte. */
public final class SampleFiles {

    /** The smallest well-formed PDF: header, one object, cross-reference table, trailer. */
    public static final byte[] PDF = """
            %PDF-1.4
            1 0 obj<</Type/Catalog>>endobj
            xref
            0 2
            0000000000 65535 f\s
            0000000009 00000 n\s
            trailer<</Size 2/Root 1 0 R>>
            startxref
            40
            %%EOF
            """.getBytes(StandardCharsets.US_ASCII);

    private SampleFiles() {
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    public static byte[] docx() {
        return zip(new String[] { "[Content_Types].xml", "<Types/>" }, new String[] { "word/document.xml", "<w:document/>" });
    }

    public static byte[] odt() {
        return zip(new String[] { "mimetype", "application/vnd.oasis.opendocument.text" },
                new String[] { "content.xml", "<office:document-content/>" },
                new String[] { "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument"
                        + ":xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type="
                        + "\"application/vnd.oasis.opendocument.text\"/><manifest:file-entry manifest:full-path="
                        + "\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>" });
    }

    /** An ODT in name only: its mimetype entry, and nothing of what an ODT holds. */
    public static byte[] mimetypeOnlyOdt() {
        return zip(new String[] { "mimetype", "application/vnd.oasis.opendocument.text" });
    }

    /** Random bytes, whatever they are named. */
    public static byte[] randomBytes() {
        byte[] bytes = new byte[5000];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    /** A PDF header followed by a script, no PDF structure. */
    public static byte[] pdfHeaderThenScript() {
        return "%PDF-1.4\n<script>alert(1)</script>\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** A real PNG with an HTML page after its end. */
    public static byte[] pngThenHtml() {
        return concat(png(), "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
    }

    /** A DOCX whose document inflates to 300 MB from a few hundred kilobytes. */
    public static byte[] zipBombDocx() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x000091);
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String[]... entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (String[] entry : entries) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
