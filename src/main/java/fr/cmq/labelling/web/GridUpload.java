package fr.cmq.labelling.web;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.shared.InvalidFieldException;

/** The file of a grid as uploaded: present, and small, as a cahier des charges is. */
final class GridUpload {

    static final long MAX_BYTES = 1024 * 1024;

    private GridUpload() {
    }

    static byte[] content(@Nullable MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidFieldException("file", "Joignez le fichier CSV de la grille");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new InvalidFieldException("file", "Un fichier d’1 Mo au plus");
        }
        return file.getBytes();
    }
}
