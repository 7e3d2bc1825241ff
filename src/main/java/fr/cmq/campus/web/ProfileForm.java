package fr.cmq.campus.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;

import fr.cmq.shared.Uai;
import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusProfile;
import fr.cmq.campus.Finalite;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.VisibleText;

/**
 * The form of a campus's profile, as its team edits it; {@code version} is the one the user read. No component is a
 * primitive: a value that cannot be read is then left empty with its error, and the form is shown again.
 */
record ProfileForm(
        @NotBlank(message = "{campus.form.name.required}") @VisibleText
        @SingleLine @Size(max = 200, message = "{campus.form.name.size}") @Nullable String name,
        @Size(max = 500, message = "{campus.form.territory.size}") @Nullable String territoryDescription,
        @Nullable Uai supportUai,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{campus.form.date.past}")
        @Nullable LocalDate conventionDate,
        @Size(max = 5000, message = "{campus.form.presentation.size}") @Nullable String presentation,
        @Pattern(regexp = "^$|https?://\\S+", message = "{campus.form.website.format}") @SingleLine @Size(max = 300) @Nullable String website,
        @Email(message = "{campus.form.email.format}") @SingleLine @Size(max = 200) @Nullable String contactEmail,
        @Size(max = 500, message = "{campus.form.lieudevie.size}") @Nullable String lieuDeVie,
        @Nullable List<Finalite> finalites,
        @Nullable Map<String, @Size(max = 1000, message = "{campus.form.comment.size}") String> comments,
        @NotNull(message = "{api.version.required}") @Nullable Long version) {

    static ProfileForm of(CampusDetails campus) {
        var comments = new java.util.HashMap<String, String>();
        campus.objectives().forEach((finalite, comment) -> comments.put(finalite.name(), comment));
        return new ProfileForm(campus.name(), campus.territoryDescription(),
                campus.supportUai() == null ? null : Uai.parse(campus.supportUai()),
                campus.conventionDate(), campus.presentation(), campus.website(), campus.contactEmail(),
                campus.lieuDeVie(), List.copyOf(campus.objectives().keySet()), comments, campus.version());
    }

    CampusProfile toProfile() {
        var objectives = new EnumMap<Finalite, String>(Finalite.class);
        for (Finalite finalite : finalites == null ? List.<Finalite>of() : finalites) {
            String comment = comments == null ? null : comments.get(finalite.name());
            objectives.put(finalite, StringUtils.hasText(comment) ? comment.strip() : "");
        }
        return new CampusProfile(name.strip(), PlainText.blankToNull(territoryDescription),
                supportUai == null ? null : supportUai.value(),
                conventionDate, PlainText.blankToNull(presentation), PlainText.blankToNull(website), PlainText.blankToNull(contactEmail),
                PlainText.blankToNull(lieuDeVie), objectives);
    }

    public boolean chose(Finalite finalite) {
        return finalites != null && finalites.contains(finalite);
    }

    public String commentOn(Finalite finalite) {
        return comments == null ? "" : comments.getOrDefault(finalite.name(), "");
    }

    ProfileForm atVersion(long current) {
        return new ProfileForm(name, territoryDescription, supportUai, conventionDate, presentation, website,
                contactEmail, lieuDeVie, finalites, comments, current);
    }
}
