package fr.cmq.evaluation.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.evaluation.Framework;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.shared.web.SmallUpload;

/** The versions of the référentiel through the API: read by everyone signed in, loaded by the national administration. */
@RestController
@RequiredArgsConstructor
class FrameworkApiController {

    private final Frameworks frameworks;

    @GetMapping("/api/v1/frameworks")
    List<Frameworks.Summary> all() {
        return frameworks.all();
    }

    @GetMapping("/api/v1/frameworks/{id}")
    Framework framework(@PathVariable long id) {
        return frameworks.framework(id);
    }

    /**
     * A version from a CSV file ({@code file}, multipart, with {@code version} and {@code title}): 201, or 422 with
     * each refused line ({@code refused}) and nothing loaded.
     */
    @PostMapping("/api/v1/frameworks")
    @RequiresNationalAdministration
    ResponseEntity<?> load(@AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file) throws IOException {
        var load = frameworks.load(user, version == null ? "" : version, title == null ? "" : title,
                SmallUpload.content(file, 2, "Joignez le fichier CSV du référentiel"));
        if (load.frameworkId() == null) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    load.refused().size() + " ligne(s) refusée(s) : rien n'est chargé");
            problem.setTitle("Référentiel refusé");
            problem.setProperty("refused", load.refused());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.created(URI.create("/api/v1/frameworks/" + load.frameworkId()))
                .body(Map.of("id", load.frameworkId(), "references", load.references()));
    }
}
