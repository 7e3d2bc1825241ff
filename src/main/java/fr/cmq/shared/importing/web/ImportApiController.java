package fr.cmq.shared.importing.web;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.importing.ImportEngine;
import fr.cmq.shared.importing.ImportReport;
import fr.cmq.shared.importing.ImportStatus;
import fr.cmq.shared.importing.UploadedFiles;

/** Runs an import and answers its report (national administrators only, see the security configuration). */
@RestController
class ImportApiController {

    private final ImportEngine engine;
    private final UploadedFiles files;

    ImportApiController(ImportEngine engine, UploadedFiles files) {
        this.engine = engine;
        this.files = files;
    }

    @PostMapping(value = "/api/v1/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file,
            Principal principal) throws IOException {
        var importer = engine.importer(kind)
                .orElseThrow(() -> new NotFoundException("Aucun import de type « " + kind + " »"));
        var kept = files.keep(file.getInputStream());
        try {
            ImportReport report = engine.importFile(importer, fileName(file), kept, principal.getName(),
                    ImportEngine.ProgressListener.NONE);
            if (report.run().status() == ImportStatus.ECHEC) {
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, report.run().error());
                problem.setTitle("Fichier refusé");
                problem.setProperty("run", report.run().id());
                problem.setInstance(URI.create("/api/v1/imports/" + kind));
                return ResponseEntity.unprocessableContent().body(problem);
            }
            return ResponseEntity.ok(ImportReportResponse.of(report));
        } finally {
            files.discard(kept);
        }
    }

    static String fileName(MultipartFile file) {
        return UploadedFiles.nameOf(file, "fichier.csv");
    }
}
