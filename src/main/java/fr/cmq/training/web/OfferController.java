package fr.cmq.training.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.EDIT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.Member;
import fr.cmq.campus.OrganisationType;
import fr.cmq.directory.Certification;
import fr.cmq.directory.Certifications;
import fr.cmq.directory.Level;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.importing.UploadedFiles;
import fr.cmq.shared.web.Confirmation;
import fr.cmq.shared.web.CsvDownload;
import fr.cmq.shared.web.FormsShownAgain;
import fr.cmq.shared.web.XlsxDownload;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.Formation;
import fr.cmq.training.Formations;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.TrainingOffer;

/**
 * The team keeps its campus's offer here, and a member's contact the formations of its own organisation: the list with
 * its coverage, the form to add or change a formation, its removal, and the export.
 */
@Controller
@RequestMapping("/campus/{id}/offre")
class OfferController {

    /** The organisations that usually teach, of which one that delivers nothing is worth a look. */
    private static final Set<OrganisationType> TEACHING = Set.of(OrganisationType.LYCEE,
            OrganisationType.LYCEE_DES_METIERS, OrganisationType.CFA, OrganisationType.ENSEIGNEMENT_SUPERIEUR,
            OrganisationType.FORMATION_CONTINUE);

    /** The columns of an import of the offer, as its template gives them. */
    private static final List<String> IMPORT_COLUMNS = List.of("uai", "certification", "statuts", "places_scolaire",
            "places_apprentissage", "places_formation_continue", "duree", "rentrees", "admission", "handicap");

    /** The columns of an export of the offer. */
    private static final List<String> EXPORT_HEADER = List.of("Intitulé", "Type", "Niveau", "Niveau en clair",
            "Code RNCP", "Organisme", "UAI", "Ville", "Scolaire (places)", "Apprentissage (places)",
            "Formation continue (places)", "VAE", "Durée", "Rentrées", "Admission", "Accueil handicap",
            "Identifiant ONISEP");

    private final TrainingOffer offer;
    private final Formations formations;
    private final CampusDirectory campuses;
    private final CampusSites sites;
    private final Certifications certifications;
    private final Guard guard;
    private final UploadedFiles uploads;

    OfferController(TrainingOffer offer, Formations formations, CampusDirectory campuses, CampusSites sites,
            Certifications certifications, UploadedFiles uploads, Guard guard) {
        this.guard = guard;
        this.uploads = uploads;
        this.offer = offer;
        this.formations = formations;
        this.campuses = campuses;
        this.sites = sites;
        this.certifications = certifications;
    }

    static String path(long campusId) {
        return "/campus/" + campusId + "/offre";
    }

    @GetMapping
    @Requires(CONTRIBUTE)
    String offer(@PathVariable long id, @AuthenticationPrincipal CmqUser user, Model model) {
        model.addAttribute("parcoursForm", PathForms.ParcoursForm.blank());
        model.addAttribute("passerelleForm", PathForms.PasserelleForm.blank());
        return offerPage(campuses.get(id), user, model);
    }

    @PostMapping("/parcours")
    @Requires(EDIT)
    String addParcours(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("parcoursForm") PathForms.ParcoursForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "parcoursForm", form, errors);
        var campus = campuses.get(id);
        model.addAttribute("passerelleForm", PathForms.PasserelleForm.blank());
        if (!errors.hasErrors()) {
            try {
                offer.addParcours(user, id, form.toNewParcours());
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + path(id) + "#paths";
            } catch (InvalidFieldException e) {
                errors.rejectValue(stepField(e), "invalid", e.getMessage());
            }
        }
        return offerPage(campus, user, model);
    }

    @PostMapping("/passerelles")
    @Requires(EDIT)
    String addPasserelle(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("passerelleForm") PathForms.PasserelleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "passerelleForm", form, errors);
        var campus = campuses.get(id);
        model.addAttribute("parcoursForm", PathForms.ParcoursForm.blank());
        if (!errors.hasErrors()) {
            try {
                offer.addPasserelle(user, id, form.toNewPasserelle());
                redirect.addFlashAttribute("saved", true);
                return "redirect:" + path(id) + "#paths";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return offerPage(campus, user, model);
    }

    /** The offer of the network from a CSV file; the report shows each refused line with its number and reason. */
    @PostMapping("/import")
    @Requires(EDIT)
    String importOffer(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        var campus = campuses.get(id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("importMissing", true);
            return "redirect:" + path(id) + "#import";
        }
        var kept = uploads.keep(file.getInputStream());
        try {
            model.addAttribute("report", offer.importOffer(user, id, UploadedFiles.nameOf(file, "offre.csv"), kept));
        } finally {
            uploads.discard(kept);
        }
        model.addAttribute("campus", campus);
        model.addAttribute("prefix", "offer.import");
        model.addAttribute("back", path(id));
        return "importing/campus-report";
    }

    /** A file to start from: the columns of an import, and one line as an example. */
    @GetMapping("/modele.csv")
    @Requires(EDIT)
    ResponseEntity<byte[]> importTemplate(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        return CsvDownload.of("modele-offre.csv", IMPORT_COLUMNS, List.of(Arrays.asList("0573326F", "RNCP35696",
                "scolaire apprentissage", 12, 8, null, "2 ans", "Septembre", "Affelnet", "oui")));
    }

    @GetMapping("/parcours/{parcoursId}/suppression")
    @Requires(EDIT)
    String confirmParcoursRemoval(@PathVariable long id, @PathVariable long parcoursId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        var parcours = formations.parcoursOf(id).stream().filter(p -> p.id() == parcoursId).findFirst()
                .orElseThrow(() -> new NotFoundException("Parcours " + parcoursId + " introuvable"));
        return Confirmation.of(model, campus.name(), "paths.remove.parcours", parcours.name(),
                path(id) + "/parcours/" + parcoursId + "/suppression", path(id));
    }

    @PostMapping("/parcours/{parcoursId}/suppression")
    @Requires(EDIT)
    String removeParcours(@PathVariable long id, @PathVariable long parcoursId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        offer.removeParcours(user, id, parcoursId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + path(id) + "#paths";
    }

    @GetMapping("/passerelles/{passerelleId}/suppression")
    @Requires(EDIT)
    String confirmPasserelleRemoval(@PathVariable long id, @PathVariable long passerelleId,
            @AuthenticationPrincipal CmqUser user, Model model) {
        var campus = campuses.get(id);
        var passerelle = formations.passerellesOf(id).stream().filter(p -> p.id() == passerelleId).findFirst()
                .orElseThrow(() -> new NotFoundException("Passerelle " + passerelleId + " introuvable"));
        return Confirmation.of(model, campus.name(), "paths.remove.passerelle",
                passerelle.from().title() + " → " + passerelle.to().title(),
                path(id) + "/passerelles/" + passerelleId + "/suppression", path(id));
    }

    @PostMapping("/passerelles/{passerelleId}/suppression")
    @Requires(EDIT)
    String removePasserelle(@PathVariable long id, @PathVariable long passerelleId,
            @AuthenticationPrincipal CmqUser user, RedirectAttributes redirect) {
        offer.removePasserelle(user, id, passerelleId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + path(id) + "#paths";
    }


    private String offerPage(CampusDetails campus, CmqUser user, Model model) {
        long id = campus.id();
        var keepable = keepableMembers(user, campus);
        var all = formations.ofCampus(id);
        var delivering = all.stream().map(Formation::memberId).collect(Collectors.toSet());
        model.addAttribute("campus", campus);
        model.addAttribute("formations", all);
        model.addAttribute("keepable", keepable.stream().map(Member::id).collect(Collectors.toSet()));
        model.addAttribute("mayKeepAll", guard.may(user, EDIT, campus.scope()));
        model.addAttribute("coverage", OfferCoverage.of(all));
        model.addAttribute("withoutStatus", all.stream().filter(formation -> formation.statuses().isEmpty()).toList());
        model.addAttribute("idleMembers", campus.activeMembers().stream()
                .filter(member -> TEACHING.contains(member.organisationType()))
                .filter(member -> !delivering.contains(member.id())).toList());
        model.addAttribute("parcours", formations.parcoursOf(id));
        model.addAttribute("passerelles", formations.passerellesOf(id));
        model.addAttribute("stepFields", PathForms.stepFields());
        model.addAttribute("statuses", LearnerStatus.values());
        return "training/offer";
    }

    /** The form of a new formation: first a certification is looked for in the reference, or typed when absent. */
    @GetMapping("/nouvelle")
    @Requires(CONTRIBUTE)
    String newFormation(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String recherche,
            @RequestParam(required = false) @Nullable String certification,
            @RequestParam(defaultValue = "false") boolean horsReferentiel, Model model) {
        var campus = campuses.get(id);
        var keepable = keepableMembers(user, campus);
        if (recherche != null && !recherche.isBlank()) {
            model.addAttribute("matches", certifications.search(recherche.strip(), 20));
        }
        model.addAttribute("recherche", recherche);
        Certification chosen = certification == null ? null : certifications.find(certification)
                .orElseThrow(() -> new NotFoundException("Certification " + certification + " introuvable"));
        if (chosen == null && !horsReferentiel) {
            model.addAttribute("campus", campus);
            return "training/choose-certification";
        }
        model.addAttribute("form", FormationForm.blank(keepable.size() == 1 ? keepable.getFirst().id() : null, chosen));
        return form(campus, keepable, chosen, null, model);
    }

    @PostMapping
    @Requires(CONTRIBUTE)
    String add(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") FormationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        var keepable = keepableMembers(user, campus);
        var chosen = chosen(form);
        if (errors.hasErrors()) {
            return form(campus, keepable, chosen, null, model);
        }
        try {
            long formationId = offer.add(user, id, form.toDetails());
            redirect.addFlashAttribute("saved", formationId);
        } catch (InvalidFieldException e) {
            errors.rejectValue(field(e), "invalid", e.getMessage());
            return form(campus, keepable, chosen, null, model);
        }
        return "redirect:" + path(id);
    }

    @GetMapping("/{formationId}")
    @Requires(CONTRIBUTE)
    String edit(@PathVariable long id, @PathVariable long formationId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var campus = campuses.get(id);
        var formation = keepable(user, campus, formationId);
        model.addAttribute("form", FormationForm.of(formation));
        return form(campus, keepableMembers(user, campus), chosen(FormationForm.of(formation)), formation, model);
    }

    @PostMapping("/{formationId}")
    @Requires(CONTRIBUTE)
    String update(@PathVariable long id, @PathVariable long formationId, @AuthenticationPrincipal CmqUser user,
            @Valid @ModelAttribute("form") FormationForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        errors = FormsShownAgain.keep(model, "form", form, errors);
        var campus = campuses.get(id);
        var formation = keepable(user, campus, formationId);
        var keepable = keepableMembers(user, campus);
        var chosen = chosen(form);
        if (errors.hasErrors() || form.version() == null) {
            return form(campus, keepable, chosen, formation, model);
        }
        try {
            offer.update(user, id, formationId, form.version(), form.toDetails());
        } catch (InvalidFieldException e) {
            errors.rejectValue(field(e), "invalid", e.getMessage());
            return form(campus, keepable, chosen, formation, model);
        } catch (OptimisticLockingFailureException e) {
            var current = keepable(user, campus, formationId);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", current);
            model.addAttribute("form", form.over(current.version()));
            return form(campus, keepable, chosen, current, model);
        }
        redirect.addFlashAttribute("saved", formationId);
        return "redirect:" + path(id);
    }

    @GetMapping("/{formationId}/suppression")
    @Requires(CONTRIBUTE)
    String confirmRemoval(@PathVariable long id, @PathVariable long formationId, @AuthenticationPrincipal CmqUser user,
            Model model) {
        var campus = campuses.get(id);
        var formation = keepable(user, campus, formationId);
        return Confirmation.of(model, campus.name(), "offer.remove", formation.title(),
                path(id) + "/" + formationId + "/suppression", path(id));
    }

    @PostMapping("/{formationId}/suppression")
    @Requires(CONTRIBUTE)
    String remove(@PathVariable long id, @PathVariable long formationId, @AuthenticationPrincipal CmqUser user,
            RedirectAttributes redirect) {
        offer.remove(user, id, formationId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:" + path(id);
    }

    /** The whole offer as a spreadsheet, for the team and the campus's members. */
    @GetMapping("/export.csv")
    @Requires(CONTRIBUTE)
    ResponseEntity<byte[]> exportCsv(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        return CsvDownload.of("offre-campus-" + id + ".csv", EXPORT_HEADER, exportRows(user, id));
    }

    @GetMapping("/export.xlsx")
    @Requires(CONTRIBUTE)
    ResponseEntity<byte[]> exportXlsx(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        return XlsxDownload.of("offre-campus-" + id + ".xlsx", "Offre de formation", EXPORT_HEADER,
                exportRows(user, id));
    }

    private List<List<@Nullable Object>> exportRows(CmqUser user, long id) {
        keepableMembers(user, campuses.get(id));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (Formation f : formations.ofCampus(id)) {
            rows.add(Arrays.asList(f.title(), f.typeLabel(), f.level(), f.levelInWords(), f.rncpCode(), f.memberName(),
                    f.memberUai(), f.commune(), places(f, LearnerStatus.SCOLAIRE), places(f, LearnerStatus.APPRENTISSAGE),
                    places(f, LearnerStatus.FORMATION_CONTINUE), places(f, LearnerStatus.VAE), f.duration(),
                    f.startDates(), f.admission() == null ? null : f.admission().name(), f.accessible() ? "oui" : "non",
                    f.certificationId()));
        }
        return rows;
    }

    /** Under a status: nothing when it is not open, its number of places when known, "oui" otherwise. */
    private static @Nullable Object places(Formation formation, LearnerStatus status) {
        return formation.statuses().stream().filter(open -> open.status() == status).findFirst()
                .<Object>map(open -> open.capacity() == null ? "oui" : open.capacity()).orElse(null);
    }

    private String form(CampusDetails campus, List<Member> keepable, @Nullable Certification chosen,
            @Nullable Formation formation, Model model) {
        model.addAttribute("campus", campus);
        model.addAttribute("members", keepable);
        model.addAttribute("sites", sites.of(campus.id()));
        model.addAttribute("certification", chosen);
        model.addAttribute("formation", formation);
        model.addAttribute("admissions", AdmissionRoute.values());
        model.addAttribute("levels", Level.values());
        return "training/form";
    }

    private @Nullable Certification chosen(FormationForm form) {
        return form.certificationId() == null || form.certificationId().isBlank() ? null
                : certifications.find(form.certificationId()).orElse(null);
    }

    /** The members whose formations this user keeps: all of them for the team; its own for a member's contact. */
    private List<Member> keepableMembers(CmqUser user, CampusDetails campus) {
        return offer.membersKeptBy(user, campus);
    }

    private Formation keepable(CmqUser user, CampusDetails campus, long formationId) {
        var formation = formations.find(formationId).filter(found -> found.campusId() == campus.id());
        if (formation.isEmpty()) {
            throw new NotFoundException("Formation " + formationId + " introuvable dans ce campus");
        }
        guard.requireActsFor(user, campus.scope(), formation.get().memberId());
        return formation.get();
    }


    /** Where a refusal of a parcours lands on its form: the steps as a whole, on the first. */
    private static String stepField(InvalidFieldException e) {
        return e.field().equals("formationIds") ? PathForms.stepFields().getFirst() : e.field();
    }

    /** Where a refusal of the offer lands on the form: a status's capacity is one of the statuses. */
    private static String field(InvalidFieldException e) {
        return e.field().equals("statuses") ? "scolaireCapacity" : e.field();
    }
}
