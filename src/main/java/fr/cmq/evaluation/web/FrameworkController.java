package fr.cmq.evaluation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.evaluation.Frameworks;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.web.Refusals;
import fr.cmq.shared.web.SmallUpload;

/**
 * The versions of the référentiel: the national administration loads them from a CSV file (each refused line said,
 * nothing loaded then) and may start from the demonstration file; everyone signed in reads a version.
 */
@Controller
@RequiredArgsConstructor
class FrameworkController {

    static final String PAGE = "/admin/referentiels";
    /** The demonstration référentiel, shipped with the platform and offered as a model of the file. */
    static final String DEMONSTRATION = "evaluation/referentiel-demonstration.csv";

    private final Frameworks frameworks;
    private final Refusals refusals;
    private final Guard guard;

    @GetMapping(PAGE)
    @RequiresNationalAdministration
    String page(Model model) {
        model.addAttribute("frameworks", frameworks.all());
        return "evaluation/frameworks";
    }

    @GetMapping(PAGE + "/modele.csv")
    @RequiresNationalAdministration
    ResponseEntity<Resource> model() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("referentiel-demonstration.csv").build().toString())
                .body(new ClassPathResource(DEMONSTRATION));
    }

    @PostMapping(PAGE)
    @RequiresNationalAdministration
    String load(@AuthenticationPrincipal CmqUser user, @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        model.addAttribute("typed", new String[] { version, title });
        try {
            var load = frameworks.load(user, version == null ? "" : version, title == null ? "" : title,
                    SmallUpload.content(file, 2, "Joignez le fichier CSV du référentiel"));
            if (load.frameworkId() == null) {
                response.setStatus(422);
                model.addAttribute("refusedLines", load.refused());
                return page(model);
            }
            redirect.addFlashAttribute("loaded", new Object[] { version, load.references() });
            return "redirect:/referentiels/" + load.frameworkId();
        } catch (InvalidFieldException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fieldError", e);
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("refusal", refusals.of(e));
        }
        return page(model);
    }

    @GetMapping("/referentiels/{id}")
    String framework(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("framework", frameworks.framework(id));
        model.addAttribute("mayLoad", guard.administersNationally(user));
        return "evaluation/framework";
    }
}
