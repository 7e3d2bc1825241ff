package fr.cmq.shared.importing.web;

import java.io.IOException;
import java.security.Principal;

import lombok.RequiredArgsConstructor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.importing.ImportEngine;
import fr.cmq.shared.importing.UploadedFiles;

/** Runs an import and answers its report (national administrators only, see the security configuration). */
@RestController
@RequiredArgsConstructor
class ImportApiController {

    private final ImportEngine engine;
    private final CsvUploads csvUploads;

    @PostMapping(value = "/api/v1/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file,
            Principal principal) throws IOException {
        var importer = engine.importer(kind)
                .orElseThrow(() -> new NotFoundException("Aucun import de type « " + kind + " »"));
        return csvUploads.answer(file, "fichier.csv", "Joignez le fichier CSV (champ file)",
                (name, kept) -> engine.importFile(importer, name, kept, principal.getName(),
                        ImportEngine.ProgressListener.NONE), ImportReportResponse::of);
    }

    static String fileName(MultipartFile file) {
        return UploadedFiles.nameOf(file, "fichier.csv");
    }
}
