package fr.cmq.shared.documents;

import java.util.Set;

/** The kinds of files a form accepts, by media type as read from the content, and how the form names them. */
public enum AcceptedTypes {
    /** Letters, conventions, minutes. */
    OFFICE_DOCUMENTS(Set.of("application/pdf", "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), "PDF, ODT, DOCX"),
    /** Logos and photos; no SVG, which may carry scripts. */
    IMAGES(Set.of("image/png", "image/jpeg", "image/webp"), "PNG, JPEG, WEBP");

    private final Set<String> mediaTypes;
    private final String names;

    AcceptedTypes(Set<String> mediaTypes, String names) {
        this.mediaTypes = mediaTypes;
        this.names = names;
    }

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }

    public String names() {
        return names;
    }
}
