package fr.cmq.labelling.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.RequiresNationalAdministration;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.LabelCampaigns;
import fr.cmq.labelling.NewCampaign;
import fr.cmq.shared.web.SmallUpload;

/** The national administration's grids (loaded from a CSV file) and campaigns, by the API. */
@RestController
@RequiredArgsConstructor
class CampaignApiController {

    private final LabelCampaigns campaigns;

    record CampaignRequest(@Nullable String title, @Nullable List<DossierKind> kinds, @Nullable String gridVersion,
            @Nullable LocalDate opensOn, @Nullable LocalDate depositDeadline, @Nullable LocalDate avisDeadline,
            @Nullable LocalDate reviewDeadline, @Nullable LocalDate decisionDate) {
    }

    @GetMapping("/api/v1/grids")
    List<LabelCampaigns.Grid> grids(@AuthenticationPrincipal CmqUser user) {
        return campaigns.grids();
    }

    /**
     * A grid from a CSV file ({@code file}, multipart, with {@code version} and {@code title}): 201, or 422 with each
     * refused line ({@code refused}) and nothing loaded.
     */
    @PostMapping("/api/v1/grids")
    @RequiresNationalAdministration
    ResponseEntity<?> loadGrid(@AuthenticationPrincipal CmqUser user,
            @RequestParam(required = false) @Nullable String version,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file) throws IOException {
        var load = campaigns.loadGrid(user, version == null ? "" : version, title == null ? "" : title,
                SmallUpload.content(file, 1, "Joignez le fichier CSV de la grille"));
        if (load.gridId() == null) {
            var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                    load.refused().size() + " ligne(s) refusée(s) : rien n'est chargé");
            problem.setTitle("Grille refusée");
            problem.setProperty("refused", load.refused());
            return ResponseEntity.unprocessableContent().body(problem);
        }
        return ResponseEntity.created(URI.create("/api/v1/grids/" + load.gridId()))
                .body(Map.of("id", load.gridId(), "criteria", load.criteria()));
    }

    @PostMapping("/api/v1/campaigns")
    @RequiresNationalAdministration
    ResponseEntity<Map<String, Long>> open(@AuthenticationPrincipal CmqUser user, @RequestBody CampaignRequest request) {
        long id = campaigns.openCampaign(user, new NewCampaign(request.title(),
                request.kinds() == null ? List.of() : request.kinds(), request.gridVersion(), request.opensOn(),
                request.depositDeadline(), request.avisDeadline(), request.reviewDeadline(), request.decisionDate()));
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id)).body(Map.of("id", id));
    }
}
