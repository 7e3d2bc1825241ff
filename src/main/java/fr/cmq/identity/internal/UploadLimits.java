package fr.cmq.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload by its announced length, before a byte of it is read: a national Annuaire export may be large,
 * a document may not. An upload that does not announce its length is refused too (browsers always announce it).
 */
class UploadLimits extends OncePerRequestFilter {

    /** Room for the other fields of a form that carries a document. */
    private static final long FORM_FIELDS = DataSize.ofMegabytes(1).toBytes();

    private final long maxImport;
    private final long maxDocument;

    UploadLimits(DataSize maxImport, DataSize maxDocument) {
        this.maxImport = maxImport.toBytes();
        this.maxDocument = maxDocument.toBytes() + FORM_FIELDS;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            RefusedUnread.answer(request, response, HttpStatus.LENGTH_REQUIRED, "Un envoi de fichier doit annoncer sa taille.");
        } else if (length > limit(request)) {
            RefusedUnread.answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "Fichier trop volumineux : %s Mo au plus."
                    .formatted(limit(request) / DataSize.ofMegabytes(1).toBytes()));
        } else {
            chain.doFilter(request, response);
        }
    }

    private long limit(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/admin/imports") || path.startsWith("/api/v1/imports/") ? maxImport : maxDocument;
    }
}
