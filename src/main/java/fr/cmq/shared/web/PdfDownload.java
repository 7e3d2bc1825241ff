package fr.cmq.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A page for the archive as a PDF file: a Thymeleaf template written as well-formed XHTML, laid out with its own
 * print style sheet, tagged for screen readers (PDF/UA), its text in an embedded font that carries French accents
 * and the euro sign. The template links to nothing outside itself.
 */
@Component
public class PdfDownload {

    /** Liberation Sans, metric-compatible with Arial, shipped inside PDFBox. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;

    PdfDownload(ITemplateEngine templates) {
        this.templates = templates;
    }

    public ResponseEntity<byte[]> of(String filename, String template, Map<String, Object> variables) {
        String xhtml = templates.process(template, new Context(Locale.FRANCE, variables));
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Plateforme CMQ");
            for (int weight : new int[] { 400, 700 }) {
                builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT), "Liberation Sans", weight,
                        FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(pdf.toByteArray());
    }
}
