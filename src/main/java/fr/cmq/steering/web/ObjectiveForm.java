package fr.cmq.steering.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Finalite;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.steering.Objective;
import fr.cmq.steering.ObjectiveDetails;

/** A strategic objective as typed: the finalités it serves, its first and last years; the version read, to edit it. */
record ObjectiveForm(
        @NotBlank(message = "{objective.form.title.required}") @SingleLine @Size(max = 300, message = "{action.form.title.size}") @Nullable String objectiveTitle,
        @Size(max = 4000, message = "{action.form.text.size}") @Nullable String objectiveDescription,
        @Nullable List<Finalite> finalites,
        @Nullable Integer firstYear,
        @Nullable Integer lastYear,
        @Nullable Long version) {

    static ObjectiveForm blank() {
        return new ObjectiveForm(null, null, List.of(), null, null, null);
    }

    static ObjectiveForm of(Objective objective) {
        return new ObjectiveForm(objective.title(), objective.description(), objective.finalites(),
                objective.firstYear(), objective.lastYear(), objective.version());
    }

    /** What was typed, over the version someone else saved meanwhile. */
    ObjectiveForm over(long currentVersion) {
        return new ObjectiveForm(objectiveTitle, objectiveDescription, finalites, firstYear, lastYear, currentVersion);
    }

    ObjectiveDetails toDetails() {
        return new ObjectiveDetails(objectiveTitle, objectiveDescription, finalites == null ? List.of() : finalites,
                firstYear, lastYear);
    }

    /** The form's field that a service's field names. */
    static String field(String serviceField) {
        return switch (serviceField) {
            case "title" -> "objectiveTitle";
            case "description" -> "objectiveDescription";
            default -> serviceField;
        };
    }
}
