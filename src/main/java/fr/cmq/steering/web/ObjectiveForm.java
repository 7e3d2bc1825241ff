package fr.cmq.steering.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Finalite;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.steering.ObjectiveDetails;

/** A strategic objective as typed: the finalités it serves, its first and last years. */
record ObjectiveForm(
        @NotBlank(message = "{objective.form.title.required}") @SingleLine @Size(max = 300, message = "{action.form.title.size}") @Nullable String objectiveTitle,
        @Size(max = 4000, message = "{action.form.text.size}") @Nullable String objectiveDescription,
        @Nullable List<Finalite> finalites,
        @Nullable Integer firstYear,
        @Nullable Integer lastYear) {

    static ObjectiveForm blank() {
        return new ObjectiveForm(null, null, List.of(), null, null);
    }

    ObjectiveDetails toDetails() {
        return new ObjectiveDetails(objectiveTitle, objectiveDescription, finalites == null ? List.of() : finalites,
                firstYear, lastYear);
    }
}
