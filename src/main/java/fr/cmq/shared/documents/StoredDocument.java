package fr.cmq.shared.documents;

import java.time.Instant;

/** A document as the platform keeps it: its name as uploaded, the type read from its content, its size and hash. */
public record StoredDocument(long id, String filename, String mediaType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) {

    public boolean image() {
        return mediaType.startsWith("image/");
    }

    /** The size in kilobytes or megabytes, as people read it. */
    public String size() {
        return sizeBytes < 1024 * 1024
                ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " Ko"
                : String.format(java.util.Locale.FRANCE, "%.1f Mo", sizeBytes / (1024.0 * 1024));
    }
}
