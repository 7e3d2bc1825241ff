package fr.cmq.training.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.web.SingleLine;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.NewParcours;
import fr.cmq.training.NewPasserelle;

/** The forms of the offer page that add a parcours or a passerelle. */
final class PathForms {

    /** How many steps the parcours form offers. */
    static final int STEPS = 6;

    private PathForms() {
    }

    /** A parcours: its name, and a formation chosen for each of its first steps (those left empty are skipped). */
    record ParcoursForm(
            @NotBlank(message = "{paths.form.name.required}") @SingleLine @Size(max = 200, message = "{paths.form.name.size}")
            @Nullable String name,
            @Size(max = 2000, message = "{paths.form.description.size}") @Nullable String description,
            @Nullable Long step1, @Nullable Long step2, @Nullable Long step3, @Nullable Long step4,
            @Nullable Long step5, @Nullable Long step6) {

        static ParcoursForm blank() {
            return new ParcoursForm(null, null, null, null, null, null, null, null);
        }

        NewParcours toNewParcours() {
            return new NewParcours(Objects.requireNonNullElse(name, ""), description,
                    Stream.of(step1, step2, step3, step4, step5, step6).filter(Objects::nonNull).toList());
        }
    }

    record PasserelleForm(
            @NotNull(message = "{paths.form.from.required}") @Nullable Long fromFormationId,
            @Nullable LearnerStatus fromStatus,
            @NotNull(message = "{paths.form.to.required}") @Nullable Long toFormationId,
            @Nullable LearnerStatus toStatus,
            @NotBlank(message = "{paths.form.conditions.required}")
            @Size(max = 2000, message = "{paths.form.conditions.size}") @Nullable String conditions) {

        static PasserelleForm blank() {
            return new PasserelleForm(null, null, null, null, null);
        }

        NewPasserelle toNewPasserelle() {
            return new NewPasserelle(Objects.requireNonNull(fromFormationId), Objects.requireNonNull(toFormationId),
                    fromStatus, toStatus, Objects.requireNonNullElse(conditions, ""));
        }
    }

    static List<String> stepFields() {
        return Stream.iterate(1, n -> n + 1).limit(STEPS).map(n -> "step" + n).toList();
    }
}
