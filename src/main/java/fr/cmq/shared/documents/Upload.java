package fr.cmq.shared.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** A file on its way in: the name the sender gave it and its content, read once. */
public record Upload(String filename, InputStream content) {

    /** The file of a form, or {@code null} when none was chosen. */
    public static @Nullable Upload of(@Nullable MultipartFile file) {
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
