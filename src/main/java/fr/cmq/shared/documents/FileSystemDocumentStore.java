package fr.cmq.shared.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

import fr.cmq.shared.CmqProperties;

/** Documents under {@code <data-dir>/documents/ab/cd/<sha256>}, written once and never changed. */
@Component
class FileSystemDocumentStore implements DocumentStore {

    private final Path root;

    FileSystemDocumentStore(CmqProperties properties) {
        this.root = properties.dataDir().resolve("documents");
    }

    @Override
    public void put(String sha256, Path file) {
        Path target = pathOf(sha256);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(file);
            } else {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (FileAlreadyExistsException sameContentJustArrived) {
            deleteQuietly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep document " + sha256, e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Document " + sha256 + " is missing from " + root, e);
        }
    }

    @Override
    public Path incoming() {
        Path incoming = root.resolve("incoming");
        try {
            return Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in incoming/ is harmless
        }
    }
}
