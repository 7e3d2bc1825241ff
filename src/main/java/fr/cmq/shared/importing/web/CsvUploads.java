package fr.cmq.shared.importing.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.importing.ImportReport;
import fr.cmq.shared.importing.ImportStatus;
import fr.cmq.shared.importing.UploadedFiles;

/**
 * The API's way with a CSV file sent for an import: a 400 on {@code file} when none came; the file kept on disk while
 * the import reads it, then deleted; the run's report, or a 422 when the file itself was refused — empty, unreadable,
 * without its columns — and nothing applied.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CsvUploads {

    private final UploadedFiles uploads;

    /**
     * @param fallbackName the name the file goes by when it came without one
     * @param missing what the 400 says when no file came
     * @param run the import, given the file's name and where it is kept
     * @param body what a report is answered as
     */
    public ResponseEntity<?> answer(@Nullable MultipartFile file, String fallbackName, String missing,
            BiFunction<String, Path, ImportReport> run, Function<ImportReport, ?> body) throws IOException {
        if (file == null) {
            throw new InvalidFieldException("file", missing);
        }
        var kept = uploads.keep(file.getInputStream());
        try {
            var report = run.apply(UploadedFiles.nameOf(file, fallbackName), kept);
            if (report.run().status() == ImportStatus.ECHEC) {
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, report.run().error());
                problem.setTitle("Fichier refusé");
                problem.setProperty("run", report.run().id());
                return ResponseEntity.unprocessableContent().body(problem);
            }
            return ResponseEntity.ok(body.apply(report));
        } finally {
            uploads.discard(kept);
        }
    }
}
