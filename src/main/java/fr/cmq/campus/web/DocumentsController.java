package fr.cmq.campus.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.EDIT_AS_PILOT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusDocuments;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.documents.DocumentDownloads;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.RejectedDocumentException;
import fr.cmq.shared.documents.Upload;

/** The lettre de mission, the convention constitutive and the logo of a campus, and the download of its documents. */
@Controller
@RequestMapping("/campus/{id}")
@RequiredArgsConstructor
class DocumentsController {

    private final CampusDirectory campuses;
    private final CampusDocuments campusDocuments;
    private final Documents documents;
    private final Guard guard;
    private final Clock clock;

    @GetMapping("/documents")
    @Requires(READ_PRIVATE)
    String documents(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        return page(campuses.get(id), user, model);
    }

    @PostMapping("/documents/lettre-de-mission")
    @Requires(EDIT_AS_PILOT)
    String missionLetter(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect) {
        var campus = campuses.get(id);
        if (signedOn == null || signedOn.isAfter(LocalDate.now(clock.withZone(FrenchDates.FRANCE)))) {
            return refused(campus, user, model, "missionLetter",
                    signedOn == null ? "documents.date.required" : "campus.form.date.past", new Object[0]);
        }
        return store(campus, user, model, redirect, "missionLetter",
                () -> campusDocuments.recordMissionLetter(user, id, signedOn, Upload.of(file)));
    }

    @PostMapping("/documents/convention")
    @Requires(EDIT)
    String convention(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect) {
        var campus = campuses.get(id);
        var upload = Upload.of(file);
        if (upload == null) {
            return refused(campus, user, model, "convention", "documents.file.required", new Object[0]);
        }
        return store(campus, user, model, redirect, "convention",
                () -> campusDocuments.attachConvention(user, id, upload));
    }

    @PostMapping("/documents/logo")
    @Requires(EDIT)
    String logo(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect) {
        var campus = campuses.get(id);
        var upload = Upload.of(file);
        if (upload == null) {
            return refused(campus, user, model, "logo", "documents.file.required", new Object[0]);
        }
        return store(campus, user, model, redirect, "logo", () -> campusDocuments.attachLogo(user, id, upload));
    }

    @GetMapping("/documents/{documentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long documentId,
            @AuthenticationPrincipal @Nullable CmqUser user) {
        return DocumentDownloads.serve(documents, campusDocuments.readable(user, id, documentId), false);
    }

    /** The logo is part of the public page. */
    @GetMapping("/logo")
    ResponseEntity<Resource> logo(@PathVariable long id) {
        var logo = campusDocuments.logo(id).orElseThrow(() -> new NotFoundException("Pas de logo pour le campus " + id));
        return DocumentDownloads.serve(documents, logo, true);
    }

    private String store(CampusDetails campus, CmqUser user, Model model, RedirectAttributes redirect, String which,
            Runnable storing) {
        try {
            storing.run();
        } catch (RejectedDocumentException e) {
            return refused(campus, user, model, which, e.messageCode(), e.arguments());
        }
        redirect.addFlashAttribute("saved", "documents.saved." + which);
        return "redirect:/campus/" + campus.id() + "/documents";
    }

    /** Re-renders the page with the reason next to the form {@code which}. */
    private String refused(CampusDetails campus, CmqUser user, Model model, String which, String messageCode,
            Object[] arguments) {
        model.addAttribute("refused", which);
        model.addAttribute("refusal", messageCode);
        model.addAttribute("refusalArguments", arguments);
        return page(campus, user, model);
    }

    private String page(CampusDetails campus, CmqUser user, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("documents", campusDocuments.of(campus.id()));
        model.addAttribute("mayEdit", guard.may(user, EDIT, campus.scope()));
        model.addAttribute("mayEditAsPilot", guard.may(user, EDIT_AS_PILOT, campus.scope()));
        return "campus/documents";
    }
}
