package fr.cmq.shared.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The HTTP answer that serves a stored document, once the caller has checked that the reader may see it. */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    /** Images are shown in the page; other documents are downloaded, never rendered by the browser as a page. */
    public static ResponseEntity<Resource> serve(Documents documents, StoredDocument document, boolean publicly) {
        var disposition = (document.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(document.filename(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.sizeBytes())
                .eTag(document.sha256())
                .cacheControl(publicly ? CacheControl.noCache().cachePublic() : CacheControl.noStore())
                .header("Content-Disposition", disposition.toString())
                .body(new InputStreamResource(documents.open(document)));
    }
}
