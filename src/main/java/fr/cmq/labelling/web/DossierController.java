package fr.cmq.labelling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
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

import fr.cmq.campus.Category;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.DossierAnswers;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Fact;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.labelling.OpinionBody;
import fr.cmq.labelling.Review;
import fr.cmq.labelling.StepDetails;
import fr.cmq.labelling.Transition;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.DocumentDownloads;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.RejectedDocumentException;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.PdfDownload;
import fr.cmq.shared.web.ReadInOneTransaction;
import fr.cmq.shared.web.Refusals;

/**
 * A dossier of the label on screen: its answers (the DO writes them criterion by criterion), its avis, its timeline
 * and the steps its reader may take now (a campus team opens one through {@link DossierOpeningController}).
 */
@Controller
@RequiredArgsConstructor
class DossierController {

    private final LabelDossiers dossiers;
    private final DossierWorkflow workflow;
    private final DossierAnswers answering;
    private final ExpertReviews experts;
    private final Refusals refusals;
    private final PdfDownload pdfs;
    private final Documents documents;
    private final MessageSource messages;
    private final Clock clock;
    private final Guard guard;

    static String path(long dossierId) {
        return "/dossiers/" + dossierId;
    }

    @GetMapping("/dossiers/{id}")
    @ReadInOneTransaction
    String dossier(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        var dossier = dossiers.dossier(user, id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("pageSubject", dossier.campus().name());
        if (guard.administersNationally(user)) {
            var assigned = dossier.reviews().stream().map(Review::expertId).collect(Collectors.toSet());
            model.addAttribute("pool", experts.experts().stream()
                    .filter(e -> e.active() && !assigned.contains(e.id())).toList());
        }
        model.addAttribute("facts", Fact.values());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("bodies", OpinionBody.values());
        model.addAttribute("categories", Category.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("decision", DecisionForm.blank(LocalDate.now(clock)));
        model.addAttribute("mayAnswer", dossiers.mayAnswer(user, id));
        return "labelling/dossier";
    }

    /** The whole dossier as its reader may see it, as one PDF file for the archive. */
    @GetMapping("/dossiers/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        return pdfs.of("dossier-" + id + ".pdf", "labelling/dossier-pdf",
                Map.of("dossier", dossiers.dossier(user, id)));
    }

    /** The answer to one criterion; a stale version re-renders the page with the answer as it is now (409). */
    @PostMapping("/dossiers/{id}/reponses/{code}")
    String answer(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable List<Fact> facts,
            @RequestParam long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            answering.answer(user, id, version, code, text, facts == null ? List.of() : facts);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", code);
            model.addAttribute("typed", text);
            return dossier(id, user, model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
            return "redirect:" + path(id);
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
            return "redirect:" + path(id) + "#critere-" + code;
        }
        redirect.addFlashAttribute("saved", code);
        return "redirect:" + path(id) + "#critere-" + code;
    }

    /**
     * The same answer saved as typed by the page's script (autosave): the dossier's new version, or a 409, 422 or 400
     * with the message to show beside the answer, which stays as typed.
     */
    @PostMapping(path = "/dossiers/{id}/reponses/{code}", headers = "X-Autosave=1")
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @PathVariable String code,
            @AuthenticationPrincipal CmqUser user, @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable List<Fact> facts, @RequestParam long version) {
        try {
            return ResponseEntity.ok(Map.of("version",
                    answering.answer(user, id, version, code, text, facts == null ? List.of() : facts)));
        } catch (OptimisticLockingFailureException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message",
                    messages.getMessage("dossier.autosave.conflict", null, Locale.FRANCE)));
        } catch (RuleViolationException e) {
            return ResponseEntity.unprocessableContent().body(Map.of("message", refusals.of(e)));
        } catch (InvalidFieldException e) {
            return ResponseEntity.badRequest().body(Map.of("message", String.valueOf(e.getMessage()), "field", e.field()));
        }
    }

    /** A piece attached to the answer to one criterion. */
    @PostMapping("/dossiers/{id}/reponses/{code}/pieces")
    String attach(@PathVariable long id, @PathVariable String code, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable MultipartFile file, @RequestParam long version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return changePieces(id, code, user, model, response, redirect, "pieceAdded",
                () -> answering.attach(user, id, version, code, Upload.of(file)));
    }

    @GetMapping("/dossiers/{id}/pieces/{documentId}")
    ResponseEntity<Resource> piece(@PathVariable long id, @PathVariable long documentId,
            @AuthenticationPrincipal CmqUser user) {
        return DocumentDownloads.serve(documents, dossiers.piece(user, id, documentId), false);
    }

    @GetMapping("/dossiers/{id}/reponses/{code}/pieces/{documentId}/retrait")
    String confirmDetach(@PathVariable long id, @PathVariable String code, @PathVariable long documentId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var dossier = dossiers.answerable(user, id);
        var piece = dossier.answers().stream().filter(a -> a.criterion().code().equals(code))
                .flatMap(a -> a.pieces().stream()).filter(p -> p.id() == documentId).findFirst()
                .orElseThrow(() -> new NotFoundException("Pas de pièce " + documentId + " au critère " + code));
        return Confirmation.of(model, dossier.campus().name(), "dossier.piece.remove", piece.filename(),
                path(id) + "/reponses/" + code + "/pieces/" + documentId + "/retrait?version=" + dossier.version(),
                path(id) + "#pieces-" + code);
    }

    @PostMapping("/dossiers/{id}/reponses/{code}/pieces/{documentId}/retrait")
    String detach(@PathVariable long id, @PathVariable String code, @PathVariable long documentId,
            @AuthenticationPrincipal CmqUser user, @RequestParam long version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return changePieces(id, code, user, model, response, redirect, "pieceRemoved",
                () -> answering.detach(user, id, version, code, documentId));
    }

    /**
     * Changes the pieces of one criterion, then back to them; a refused file, a stale version or a locked dossier
     * re-renders the page with the reason beside that criterion's pieces.
     */
    private String changePieces(long id, String code, CmqUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String done, Runnable change) {
        HttpStatus status;
        String reason;
        try {
            change.run();
            redirect.addFlashAttribute(done, code);
            return "redirect:" + path(id) + "#pieces-" + code;
        } catch (RejectedDocumentException e) {
            status = HttpStatus.BAD_REQUEST;
            reason = messages.getMessage(e.messageCode(), e.arguments(), Locale.FRANCE);
        } catch (OptimisticLockingFailureException e) {
            status = HttpStatus.CONFLICT;
            reason = messages.getMessage("dossier.piece.conflict", null, Locale.FRANCE);
        } catch (RuleViolationException e) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
            reason = refusals.of(e);
        } catch (InvalidFieldException e) {
            if (!e.field().equals("file")) {
                redirect.addFlashAttribute("refusal", e.getMessage());
                return "redirect:" + path(id);
            }
            status = HttpStatus.BAD_REQUEST;
            reason = String.valueOf(e.getMessage());
        }
        response.setStatus(status.value());
        model.addAttribute("pieceRefused", code);
        model.addAttribute("pieceRefusal", reason);
        return dossier(id, user, model);
    }

    /** A step of the dossier: a refusal comes back at the top of the page, in French. */
    @PostMapping("/dossiers/{id}/etapes/{name}")
    String fire(@PathVariable long id, @PathVariable String name, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable OpinionBody body,
            @RequestParam(required = false) @Nullable Verdict verdict,
            @RequestParam(required = false) @Nullable String givenOn,
            @RequestParam(required = false) @Nullable String text, DecisionForm decision,
            RedirectAttributes redirect) {
        var transition = Transition.named(name).orElseThrow(() -> new NotFoundException("Pas d'étape « " + name + " »"));
        if (transition == Transition.DEPOSIT || transition == Transition.COSIGN) {
            return "redirect:" + path(id) + "/etapes/" + name + "/signature"; // a signature is asked on its own page
        }
        try {
            workflow.fire(user, id, transition, new StepDetails(reason, body, verdict, date(givenOn, "givenOn"), text,
                    decision.toDecision()));
            redirect.addFlashAttribute("moved", transition.name());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:" + path(id);
    }

    @PostMapping("/dossiers/{id}/prolongation")
    String extend(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String until, RedirectAttributes redirect) {
        try {
            workflow.extendDeadline(user, id, date(until, "until"));
            redirect.addFlashAttribute("extended", until);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("refusal", refusals.of(e));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:" + path(id);
    }

    /** A date typed in a form's date field; a malformed one is an error on that field. */
    static @Nullable LocalDate date(@Nullable String typed, String field) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String date = typed.strip();
        try {
            return date.contains("/") ? LocalDate.parse(date, FrenchDates.DAY) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "Une date au format JJ/MM/AAAA");
        }
    }
}
