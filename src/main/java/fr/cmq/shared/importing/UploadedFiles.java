package fr.cmq.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.PlainText;

/** Keeps an uploaded file on disk, under {@code <data-dir>/imports}, for the time of its import. */
@Component
public class UploadedFiles {

    private final Path directory;

    UploadedFiles(CmqProperties properties) {
        this.directory = properties.dataDir().resolve("imports");
    }

    /** The name the user's file had, without any folder in it, or {@code fallback} when it had none. */
    public static String nameOf(MultipartFile file, String fallback) {
        String name = file.getOriginalFilename();
        String kept = name == null ? "" : PlainText.fileName(name);
        return kept.isEmpty() ? fallback : kept;
    }

    public Path keep(InputStream content) {
        try {
            Files.createDirectories(directory);
            Path file = Files.createTempFile(directory, "import-", ".csv");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep an uploaded file in " + directory, e);
        }
    }

    /** Removes the files of runs cut short by a stop of the platform (no run goes on before the platform has started). */
    void discardLeftovers() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clean " + directory, e);
        }
    }

    public void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
