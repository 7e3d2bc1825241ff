package fr.cmq.shared.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.shared.InvalidFieldException;

/** A small file sent with a form or to the API (a grid, a référentiel), read whole once it is present and small. */
public final class SmallUpload {

    private static final long MEGABYTE = 1024 * 1024;

    private SmallUpload() {
    }

    /**
     * @param megabytes the largest file taken
     * @param missing what to say when no file came ("Joignez le fichier CSV de la grille")
     * @throws InvalidFieldException on the field {@code file} when the file is missing or too large
     */
    public static byte[] content(@Nullable MultipartFile file, int megabytes, String missing) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException("file", missing);
        }
        if (file.getSize() > megabytes * MEGABYTE) {
            throw new InvalidFieldException("file", "Un fichier de " + megabytes + " Mo au plus");
        }
        return file.getBytes();
    }
}
