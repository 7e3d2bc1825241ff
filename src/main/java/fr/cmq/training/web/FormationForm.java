package fr.cmq.training.web;

import java.util.ArrayList;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.directory.Certification;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.Formation;
import fr.cmq.training.FormationDetails;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;

/**
 * A formation as its form shows it: a box and a number of places per status. With a certification of the reference,
 * its title, type, RNCP code and level come from it; {@code version} is the one read, when changing one.
 */
record FormationForm(
        @NotNull(message = "{formation.form.member.required}") @Nullable Long memberId,
        @Nullable Long siteId,
        @SingleLine @Size(max = 20) @Nullable String certificationId,
        @SingleLine @Size(max = 300, message = "{formation.form.title.size}") @Nullable String title,
        @SingleLine @Size(max = 100, message = "{formation.form.type.size}") @Nullable String typeLabel,
        @SingleLine @Size(max = 12, message = "{formation.form.rncp.size}") @Nullable String rncpCode,
        @Min(value = 3, message = "{formation.form.level.range}") @Max(value = 8, message = "{formation.form.level.range}")
        @Nullable Integer level,
        @Nullable Boolean scolaire,
        @Positive(message = "{formation.form.capacity.positive}") @Max(value = 100_000,
                message = "{formation.form.capacity.positive}") @Nullable Integer scolaireCapacity,
        @Nullable Boolean apprentissage,
        @Positive(message = "{formation.form.capacity.positive}") @Max(value = 100_000,
                message = "{formation.form.capacity.positive}") @Nullable Integer apprentissageCapacity,
        @Nullable Boolean formationContinue,
        @Positive(message = "{formation.form.capacity.positive}") @Max(value = 100_000,
                message = "{formation.form.capacity.positive}") @Nullable Integer formationContinueCapacity,
        @Nullable Boolean vae,
        @SingleLine @Size(max = 100, message = "{formation.form.duration.size}") @Nullable String duration,
        @SingleLine @Size(max = 200, message = "{formation.form.startDates.size}") @Nullable String startDates,
        @Nullable AdmissionRoute admission,
        @Nullable Boolean accessible,
        @SingleLine @Size(max = 200, message = "{formation.form.referent.size}") @Nullable String handicapReferent,
        @Size(max = 2000, message = "{formation.form.adaptations.size}") @Nullable String adaptations,
        @Size(max = 4000, message = "{formation.form.description.size}") @Nullable String description,
        @Nullable Long version) {

    static FormationForm blank(@Nullable Long memberId, @Nullable Certification certification) {
        return new FormationForm(memberId, null, certification == null ? null : certification.id(), null, null, null,
                null, false, null, false, null, false, null, false, certification == null ? null : certification.duration(),
                null, null, false, null, null, null, null);
    }

    static FormationForm of(Formation formation) {
        return new FormationForm(formation.memberId(), formation.siteId(), formation.certificationId(),
                formation.certificationId() == null ? formation.title() : null,
                formation.certificationId() == null ? formation.typeLabel() : null,
                formation.certificationId() == null ? formation.rncpCode() : null,
                formation.level(),
                open(formation, LearnerStatus.SCOLAIRE) != null, capacity(formation, LearnerStatus.SCOLAIRE),
                open(formation, LearnerStatus.APPRENTISSAGE) != null, capacity(formation, LearnerStatus.APPRENTISSAGE),
                open(formation, LearnerStatus.FORMATION_CONTINUE) != null,
                capacity(formation, LearnerStatus.FORMATION_CONTINUE), open(formation, LearnerStatus.VAE) != null,
                formation.duration(), formation.startDates(), formation.admission(), formation.accessible(),
                formation.handicapReferent(), formation.adaptations(), formation.description(), formation.version());
    }

    /** The same answers over another version: what the user typed, kept over what someone else saved. */
    FormationForm over(long currentVersion) {
        return new FormationForm(memberId, siteId, certificationId, title, typeLabel, rncpCode, level, scolaire,
                scolaireCapacity, apprentissage, apprentissageCapacity, formationContinue, formationContinueCapacity, vae,
                duration, startDates, admission, accessible, handicapReferent, adaptations, description, currentVersion);
    }

    FormationDetails toDetails() {
        var statuses = new ArrayList<OpenStatus>();
        if (Boolean.TRUE.equals(scolaire)) {
            statuses.add(new OpenStatus(LearnerStatus.SCOLAIRE, scolaireCapacity));
        }
        if (Boolean.TRUE.equals(apprentissage)) {
            statuses.add(new OpenStatus(LearnerStatus.APPRENTISSAGE, apprentissageCapacity));
        }
        if (Boolean.TRUE.equals(formationContinue)) {
            statuses.add(new OpenStatus(LearnerStatus.FORMATION_CONTINUE, formationContinueCapacity));
        }
        if (Boolean.TRUE.equals(vae)) {
            statuses.add(new OpenStatus(LearnerStatus.VAE, null));
        }
        return new FormationDetails(memberId == null ? 0 : memberId, siteId, certificationId, title, typeLabel, rncpCode,
                level, statuses, duration, startDates, admission, Boolean.TRUE.equals(accessible), handicapReferent,
                adaptations, description);
    }

    private static @Nullable OpenStatus open(Formation formation, LearnerStatus status) {
        return formation.statuses().stream().filter(open -> open.status() == status).findFirst().orElse(null);
    }

    private static @Nullable Integer capacity(Formation formation, LearnerStatus status) {
        var open = open(formation, status);
        return open == null ? null : open.capacity();
    }
}
