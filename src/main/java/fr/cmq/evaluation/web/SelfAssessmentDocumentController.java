package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
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

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.SelfAssessments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.DocumentDownloads;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.RejectedDocumentException;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.Refusals;

/**
 * The documents the team gives as evidence of a référence of its self-evaluation: added (a refused file said beside
 * its référence), read by those who read the campus's private data, taken back after a confirmation.
 */
@Controller
@RequiredArgsConstructor
class SelfAssessmentDocumentController {

    private static final String BASE = "/campus/{id}/auto-evaluation/{evaluationId}";

    private final SelfAssessments assessments;
    private final CampusDirectory campuses;
    private final Documents store;
    private final Refusals refusals;
    private final MessageSource messages;

    @PostMapping(BASE + "/references/{code}/documents")
    @Requires(EDIT)
    String attach(@PathVariable long id, @PathVariable long evaluationId, @PathVariable String code,
            @RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "0") int domain,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        return changed(id, evaluationId, code, domain, redirect, "documentAdded",
                () -> assessments.attach(user, id, evaluationId, code, Upload.of(file)));
    }

    @GetMapping(BASE + "/documents/{documentId}")
    @Requires(READ_PRIVATE)
    ResponseEntity<Resource> document(@PathVariable long id, @PathVariable long evaluationId,
            @PathVariable long documentId) {
        return DocumentDownloads.serve(store, assessments.document(id, evaluationId, documentId), false);
    }

    @GetMapping(BASE + "/references/{code}/documents/{documentId}/retrait")
    @Requires(EDIT)
    String confirmDetach(@PathVariable long id, @PathVariable long evaluationId, @PathVariable String code,
            @PathVariable long documentId, @RequestParam(defaultValue = "0") int domain, Model model) {
        var document = assessments.document(id, evaluationId, documentId);
        String back = "/campus/" + id + "/auto-evaluation/" + evaluationId + "/domaines/" + domain;
        return Confirmation.of(model, campuses.get(id).name(), "selfassessment.document.remove", document.filename(),
                "/campus/" + id + "/auto-evaluation/" + evaluationId + "/references/" + code + "/documents/"
                        + documentId + "/retrait?domain=" + domain, back);
    }

    @PostMapping(BASE + "/references/{code}/documents/{documentId}/retrait")
    @Requires(EDIT)
    String detach(@PathVariable long id, @PathVariable long evaluationId, @PathVariable String code,
            @PathVariable long documentId, @RequestParam(defaultValue = "0") int domain,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        return changed(id, evaluationId, code, domain, redirect, "documentRemoved",
                () -> assessments.detach(user, id, evaluationId, code, documentId));
    }

    /** Back to the référence with what was done, or why the file or the act was refused. */
    private String changed(long id, long evaluationId, String code, int domain, RedirectAttributes redirect,
            String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute(done, code);
        } catch (RejectedDocumentException e) {
            redirect.addFlashAttribute("refusedCode", code);
            redirect.addFlashAttribute("refusal", messages.getMessage(e.messageCode(), e.arguments(), Locale.FRANCE));
        } catch (InvalidFieldException | RuleViolationException e) {
            redirect.addFlashAttribute("refusedCode", code);
            redirect.addFlashAttribute("refusal", refusals.of(e));
        }
        return "redirect:/campus/" + id + "/auto-evaluation/" + evaluationId + "/domaines/" + domain + "#ref-"
                + code.replace('.', '-');
    }
}
