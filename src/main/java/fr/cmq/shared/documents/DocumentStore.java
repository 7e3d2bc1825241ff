package fr.cmq.shared.documents;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of documents live, addressed by their SHA-256: the same content is kept once. The file system by
 * default; an object store can take its place when several instances run.
 */
public interface DocumentStore {

    /** Keeps the file under its hash; the file is moved, or discarded when that content is already kept. */
    void put(String sha256, Path file);

    InputStream open(String sha256);

    /** A directory on the same volume as the store, for files on their way in. */
    Path incoming();
}
