package fr.cmq.training.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.EDIT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
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

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.importing.UploadedFiles;
import fr.cmq.shared.web.CsvDownload;
import fr.cmq.shared.web.XlsxDownload;
import fr.cmq.training.Formation;
import fr.cmq.training.Formations;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.TrainingOffer;

/** The offer of a campus as files: imported from a CSV file by its team, exported for the team and its members. */
@Controller
@RequestMapping("/campus/{id}/offre")
@RequiredArgsConstructor
class OfferFileController {

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
    private final UploadedFiles uploads;

    /** The offer of the network from a CSV file; the report shows each refused line with its number and reason. */
    @PostMapping("/import")
    @Requires(EDIT)
    String importOffer(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        var campus = campuses.get(id);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("importMissing", true);
            return "redirect:" + OfferController.path(id) + "#import";
        }
        var kept = uploads.keep(file.getInputStream());
        try {
            model.addAttribute("report", offer.importOffer(user, id, UploadedFiles.nameOf(file, "offre.csv"), kept));
        } finally {
            uploads.discard(kept);
        }
        model.addAttribute("campus", campus);
        model.addAttribute("prefix", "offer.import");
        model.addAttribute("back", OfferController.path(id));
        return "importing/campus-report";
    }

    /** A file to start from: the columns of an import, and one line as an example. */
    @GetMapping("/modele.csv")
    @Requires(EDIT)
    ResponseEntity<byte[]> importTemplate(@PathVariable long id, @AuthenticationPrincipal CmqUser user) {
        return CsvDownload.of("modele-offre.csv", IMPORT_COLUMNS, List.of(Arrays.asList("0573326F", "RNCP35696",
                "scolaire apprentissage", 12, 8, null, "2 ans", "Septembre", "Affelnet", "oui")));
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
}
