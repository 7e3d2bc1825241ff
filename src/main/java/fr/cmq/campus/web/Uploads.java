package fr.cmq.campus.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.shared.documents.Upload;

/** A file field of a form as the document store takes it; an empty field is no file. */
final class Uploads {

    private Uploads() {
    }

    static @Nullable Upload of(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            String name = file.getOriginalFilename();
            return new Upload(name == null ? "document" : name, file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
