package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.documents.DocumentDownloads;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.RejectedDocumentException;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.steering.CampusPlan;

/** The campus's shared diagnostic: written by its team with its document, read by its team and pilots. */
@Controller
@RequestMapping("/campus/{id}/plan/diagnostic")
@RequiredArgsConstructor
class DiagnosticController {

    private final CampusPlan plan;
    private final CampusDirectory campuses;
    private final Documents documents;
    private final Guard guard;

    /** The diagnostic's form for the team; its pilots read it where the plan shows it. */
    @GetMapping
    @Requires(READ_PRIVATE)
    String form(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        if (!guard.may(user, EDIT, id)) {
            return "redirect:" + ActionController.path(id) + "#diagnostic";
        }
        model.addAttribute("form", DiagnosticForm.of(plan.diagnosticOf(user, id).orElse(null)));
        return page(id, user, model);
    }

    @PostMapping
    @Requires(EDIT)
    String save(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") DiagnosticForm form, BindingResult bound,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var errors = FormsShownAgain.keep(model, "form", form, bound);
        if (errors.hasErrors() || form.version() == null) {
            return page(id, user, model);
        }
        try {
            plan.describeDiagnostic(user, id, form.version(), form.toDetails(), Upload.of(file));
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return page(id, user, model);
        } catch (RejectedDocumentException e) {
            errors.reject(e.messageCode(), e.arguments(), e.messageCode());
            return page(id, user, model);
        } catch (OptimisticLockingFailureException e) {
            var current = plan.diagnosticOf(user, id).orElseThrow();
            StaleVersions.shownBeside(model, response, current, form.over(current.version()));
            return page(id, user, model);
        }
        redirect.addFlashAttribute("diagnosticSaved", true);
        return "redirect:" + ActionController.path(id);
    }

    @GetMapping("/document")
    ResponseEntity<Resource> document(@PathVariable long id, @AuthenticationPrincipal @Nullable CmqUser user) {
        return DocumentDownloads.serve(documents, plan.diagnosticDocument(user, id), false);
    }

    private String page(long id, CmqUser user, Model model) {
        model.addAttribute("campus", campuses.get(id));
        model.addAttribute("diagnostic", plan.diagnosticOf(user, id).orElse(null));
        return "steering/diagnostic";
    }

}
