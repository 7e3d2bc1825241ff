package fr.cmq.training.web;

import static fr.cmq.identity.CampusAction.CONTRIBUTE;
import static fr.cmq.identity.CampusAction.EDIT;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;
import fr.cmq.shared.importing.web.CsvUploads;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.StaleVersions;
import fr.cmq.training.Formation;
import fr.cmq.training.FormationSearch;
import fr.cmq.training.FormationSort;
import fr.cmq.training.Formations;
import fr.cmq.training.GeoPoint;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.NewParcours;
import fr.cmq.training.NewPasserelle;
import fr.cmq.training.Parcours;
import fr.cmq.training.Passerelle;
import fr.cmq.training.TrainingOffer;

/** The training offer in JSON: the public search, a campus's offer, and its keeping by the team or the member. */
@RestController
@RequiredArgsConstructor
class FormationApiController {

    private final Formations formations;
    private final TrainingOffer offer;
    private final CampusDirectory campuses;
    private final CsvUploads csvUploads;

    /** A campus's offer: its formations by level, its parcours and its passerelles. */
    record CampusOffer(long campusId, String campusName, List<Formation> formations, List<Parcours> parcours,
            List<Passerelle> passerelles) {
    }

    record ParcoursRequest(
            @NotBlank(message = "{paths.form.name.required}") @SingleLine @Size(max = 200, message = "{paths.form.name.size}")
            @Nullable String name,
            @Size(max = 2000, message = "{paths.form.description.size}") @Nullable String description,
            @NotNull(message = "{paths.form.steps}") @Size(min = 2, max = 8, message = "{paths.form.steps}")
            @Nullable List<@NotNull Long> formationIds) {
    }

    record PasserelleRequest(
            @NotNull(message = "{paths.form.from.required}") @Nullable Long fromFormationId,
            @NotNull(message = "{paths.form.to.required}") @Nullable Long toFormationId,
            @Nullable LearnerStatus fromStatus,
            @Nullable LearnerStatus toStatus,
            @NotBlank(message = "{paths.form.conditions.required}")
            @Size(max = 2000, message = "{paths.form.conditions.size}") @Nullable String conditions) {
    }

    @GetMapping("/api/v1/formations")
    @PublicRead(Shown.FORMATIONS)
    PageResponse<FormationItem> search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Min(3) @Max(8) @Nullable Integer level,
            @RequestParam(required = false) @Nullable LearnerStatus status,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(required = false) @Nullable String departement,
            @RequestParam(required = false) @Nullable String near,
            @RequestParam(required = false) @Min(1) @Max(1000) @Nullable Integer radiusKm,
            @RequestParam(defaultValue = "false") boolean accessible,
            @RequestParam(defaultValue = "PERTINENCE") FormationSort sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        GeoPoint point = near == null || near.isBlank() ? null : GeoPoint.parse(near);
        if (radiusKm != null && point == null) {
            throw new InvalidFieldException("radiusKm", "Un rayon se donne avec un point : near=latitude,longitude");
        }
        return formations.search(new FormationSearch(q, level, status, filiere, region, academie, departement, point,
                radiusKm, accessible, sort), page, size).map(FormationItem::of);
    }

    @GetMapping("/api/v1/campuses/{id}/formations")
    @PublicRead
    CampusOffer ofCampus(@PathVariable long id) {
        var campus = campuses.find(id).orElseThrow(() -> new NotFoundException("Campus " + id + " introuvable"));
        return new CampusOffer(id, campus.name(), formations.ofCampus(id), formations.parcoursOf(id),
                formations.passerellesOf(id));
    }

    @PostMapping("/api/v1/campuses/{id}/parcours")
    @Requires(EDIT)
    ResponseEntity<Parcours> addParcours(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody ParcoursRequest request) {
        long parcoursId = offer.addParcours(user, id,
                new NewParcours(request.name(), request.description(), request.formationIds()));
        var created = formations.parcoursOf(id).stream().filter(p -> p.id() == parcoursId).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/parcours/" + parcoursId)).body(created);
    }

    @DeleteMapping("/api/v1/campuses/{id}/parcours/{parcoursId}")
    @Requires(EDIT)
    ResponseEntity<Void> removeParcours(@PathVariable long id, @PathVariable long parcoursId,
            @AuthenticationPrincipal CmqUser user) {
        offer.removeParcours(user, id, parcoursId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/campuses/{id}/passerelles")
    @Requires(EDIT)
    ResponseEntity<Passerelle> addPasserelle(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody PasserelleRequest request) {
        long passerelleId = offer.addPasserelle(user, id, new NewPasserelle(request.fromFormationId(),
                request.toFormationId(), request.fromStatus(), request.toStatus(), request.conditions()));
        var created = formations.passerellesOf(id).stream().filter(p -> p.id() == passerelleId).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/passerelles/" + passerelleId))
                .body(created);
    }

    @DeleteMapping("/api/v1/campuses/{id}/passerelles/{passerelleId}")
    @Requires(EDIT)
    ResponseEntity<Void> removePasserelle(@PathVariable long id, @PathVariable long passerelleId,
            @AuthenticationPrincipal CmqUser user) {
        offer.removePasserelle(user, id, passerelleId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/campuses/{id}/formations")
    @Requires(CONTRIBUTE)
    ResponseEntity<Formation> add(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @Valid @RequestBody FormationRequest request) {
        long formationId = offer.add(user, id, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/formations/" + formationId))
                .body(formation(id, formationId));
    }

    /**
     * The offer of the network from a CSV file ({@code file}, multipart): the report of the run, with each refused
     * line; 422 when the file itself is refused (nothing applied).
     */
    @PostMapping("/api/v1/campuses/{id}/formations/import")
    @Requires(EDIT)
    ResponseEntity<?> importOffer(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file) throws IOException {
        return csvUploads.answer(file, "offre.csv", "Joignez le fichier CSV de l'offre (champ file)",
                (name, kept) -> offer.importOffer(user, id, name, kept), report -> report);
    }

    @GetMapping("/api/v1/campuses/{id}/formations/{formationId}")
    @PublicRead
    Formation one(@PathVariable long id, @PathVariable long formationId) {
        return formation(id, formationId);
    }

    /** Changes a formation; the body carries the {@code version} read, and a change made since is answered 409. */
    @PutMapping("/api/v1/campuses/{id}/formations/{formationId}")
    @Requires(CONTRIBUTE)
    ResponseEntity<?> update(@PathVariable long id, @PathVariable long formationId,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody FormationRequest request) {
        if (request.version() == null) {
            throw new InvalidFieldException("version", "La version lue est requise pour modifier une formation");
        }
        long version = request.version();
        return StaleVersions.written(() -> offer.update(user, id, formationId, version, request.toDetails()),
                () -> formation(id, formationId), Formation::version, "La formation a été modifiée");
    }

    @DeleteMapping("/api/v1/campuses/{id}/formations/{formationId}")
    @Requires(CONTRIBUTE)
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long formationId,
            @AuthenticationPrincipal CmqUser user) {
        offer.remove(user, id, formationId);
        return ResponseEntity.noContent().build();
    }

    private Formation formation(long campusId, long formationId) {
        return formations.find(formationId).filter(formation -> formation.campusId() == campusId)
                .orElseThrow(() -> new NotFoundException("Formation " + formationId + " introuvable dans ce campus"));
    }
}
