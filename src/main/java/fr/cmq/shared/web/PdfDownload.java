package fr.cmq.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import fr.cmq.shared.BusyException;
import fr.cmq.shared.Digests;
import fr.cmq.shared.StillPreparingException;

/**
 * A page for the archive as a PDF file: a Thymeleaf template written as well-formed XHTML, laid out with its own
 * print style sheet, tagged for screen readers (PDF/UA), its text in an embedded font that carries French accents
 * and the euro sign. The template links to nothing outside itself.
 * <p>
 * Laying out a PDF is long work: it runs on a few threads of its own, never on the request's, and holds no
 * connection (the data was read before). A PDF is laid out once for the same content and kept: the next reader of the
 * same version, seen the same way, is given the kept file. The request waits a moment for a new one; past that it is
 * told the PDF is being prepared, and a crowd beyond the queue is refused for now.
 */
@Component
public class PdfDownload implements DisposableBean {

    /** Liberation Sans, metric-compatible with Arial, shipped inside PDFBox. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final int RENDERERS = 2;
    private static final int QUEUED = 16;
    private static final long KEPT_BYTES = 64L << 20;
    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final Cache<String, byte[]> kept = Caffeine.newBuilder()
            .maximumWeight(KEPT_BYTES)
            .weigher((String key, byte[] pdf) -> pdf.length)
            .expireAfterAccess(Duration.ofHours(12))
            .build();
    private final Map<String, CompletableFuture<byte[]>> rendering = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor renderers = new ThreadPoolExecutor(RENDERERS, RENDERERS, 1, TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(QUEUED), new CustomizableThreadFactory("pdf-"));

    PdfDownload(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
        renderers.allowCoreThreadTimeOut(true);
    }

    /**
     * The PDF of the template with these variables, kept by its content: the variables must say nothing that changes
     * at each request (no "printed at now").
     */
    public ResponseEntity<byte[]> of(String filename, String template, Map<String, Object> variables) {
        var context = new Context(Locale.FRANCE, variables);
        // the pages' helpers (@dates), for the fragments the PDF shares with them; one evaluation context per layout,
        // never shared: the template engine sets its expression objects (#strings, #messages) on it while it works
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String xhtml = templates.process(template, context);
        String key = Digests.sha256(xhtml);
        byte[] pdf = kept.getIfPresent(key);
        if (pdf == null) {
            pdf = awaitRendering(key, xhtml);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag("\"" + key + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    private byte[] awaitRendering(String key, String xhtml) {
        var mine = new CompletableFuture<byte[]>();
        var pdf = rendering.putIfAbsent(key, mine);
        if (pdf == null) {
            pdf = mine;
            try {
                renderers.execute(() -> {
                    try {
                        byte[] done = render(xhtml);
                        kept.put(key, done);
                        mine.complete(done);
                    } catch (RuntimeException failure) {
                        mine.completeExceptionally(failure);
                    } finally {
                        rendering.remove(key, mine);
                    }
                });
            } catch (RejectedExecutionException full) {
                rendering.remove(key, mine);
                throw new BusyException("Trop de documents sont en préparation : réessayez dans un instant.", RETRY_AFTER);
            }
        }
        try {
            return pdf.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRendering) {
            throw new StillPreparingException("Le PDF est en préparation.", RETRY_AFTER);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] render(String xhtml) {
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
        return pdf.toByteArray();
    }

    @Override
    public void destroy() {
        renderers.shutdownNow();
    }
}
