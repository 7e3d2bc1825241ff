package fr.cmq.shared.documents;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;


import java.util.Set;

/** The kinds of files a form accepts, by media type as read from the content, and how the form names them. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum AcceptedTypes {
    /** Letters, conventions, minutes. */
    OFFICE_DOCUMENTS(Set.of(ContentProof.PDF, ContentProof.ODT, ContentProof.DOCX), "PDF, ODT, DOCX"),
    /** Logos and photos; no SVG, which may carry scripts. */
    IMAGES(Set.of(ContentProof.PNG, ContentProof.JPEG, ContentProof.WEBP), "PNG, JPEG, WEBP");

    private final Set<String> mediaTypes;
    private final String names;

    public boolean accepts(String mediaType) {
        return mediaTypes.contains(mediaType);
    }

    public String names() {
        return names;
    }
}
