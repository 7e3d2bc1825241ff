package fr.cmq.campus.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.Siret;
import fr.cmq.shared.Uai;
import fr.cmq.campus.CampusProfile;
import fr.cmq.campus.Category;
import fr.cmq.campus.Finalite;
import fr.cmq.campus.MemberChanges;
import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.NewCampus;
import fr.cmq.campus.NewMember;
import fr.cmq.campus.OrganisationType;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.VisibleText;

/** The bodies the campus API accepts, each validated before anything is written. */
final class CampusRequests {

    private CampusRequests() {
    }

    record CreateCampus(
            @NotBlank(message = "{campus.form.name.required}") @VisibleText
            @SingleLine @Size(max = 200, message = "{campus.form.name.size}") @Nullable String name,
            @NotBlank(message = "{api.filiere.required}") @SingleLine @Size(max = 20) @Nullable String filiereCode,
            @NotNull(message = "{api.category.required}") @Nullable Category category,
            @SingleLine @Size(max = 10) @Nullable String regionCode,
            @Size(max = 40) @Nullable Set<@Size(max = 10) String> academieCodes,
            @Size(max = 500) @Nullable String territoryDescription) {

        NewCampus toNewCampus() {
            return new NewCampus(name, filiereCode, category, regionCode,
                    academieCodes == null ? Set.of() : academieCodes, territoryDescription);
        }
    }

    record UpdateProfile(
            @NotBlank(message = "{campus.form.name.required}") @VisibleText
            @SingleLine @Size(max = 200, message = "{campus.form.name.size}") @Nullable String name,
            @Size(max = 500, message = "{campus.form.territory.size}") @Nullable String territoryDescription,
            @Nullable Uai supportUai,
            @PastOrPresent(message = "{campus.form.date.past}") @Nullable LocalDate conventionDate,
            @Size(max = 5000, message = "{campus.form.presentation.size}") @Nullable String presentation,
            @Pattern(regexp = "https?://\\S+", message = "{campus.form.website.format}") @SingleLine @Size(max = 300)
            @Nullable String website,
            @Email(message = "{campus.form.email.format}") @SingleLine @Size(max = 200) @Nullable String contactEmail,
            @Size(max = 500, message = "{campus.form.lieudevie.size}") @Nullable String lieuDeVie,
            @Nullable Map<Finalite, @Size(max = 1000, message = "{campus.form.comment.size}") String> objectives,
            @NotNull(message = "{api.version.required}") @Nullable Long version) {

        CampusProfile toProfile() {
            return new CampusProfile(name, territoryDescription, supportUai == null ? null : supportUai.value(),
                    conventionDate, presentation, website,
                    contactEmail, lieuDeVie, objectives == null ? Map.of() : objectives);
        }
    }

    record AddMember(
            @NotNull(message = "{network.form.type.required}") @Nullable OrganisationType organisationType,
            @Nullable NetworkRole networkRole,
            @Nullable Uai uai,
            @Nullable Siret siret,
            @SingleLine @Size(max = 200, message = "{network.form.name.size}") @VisibleText @Nullable String name,
            @SingleLine @Size(max = 100) @Nullable String communeName,
            @Nullable Boolean declaredEple,
            @Nullable LocalDate joinedOn,
            @SingleLine @Size(max = 200) @Nullable String contactName,
            @Email(message = "{network.form.email.format}") @Nullable String contactEmail,
            @SingleLine @Size(max = 30) @Nullable String contactPhone) {

        NewMember toNewMember() {
            return new NewMember(organisationType, networkRole == null ? NetworkRole.MEMBRE : networkRole,
                    uai == null ? null : uai.value(), siret == null ? null : siret.value(),
                    name, communeName, null, null, Boolean.TRUE.equals(declaredEple), joinedOn, contactName,
                    contactEmail, contactPhone);
        }
    }

    record UpdateMember(
            @NotNull(message = "{api.role.required}") @Nullable NetworkRole networkRole,
            @SingleLine @Size(max = 200) @Nullable String contactName,
            @Email(message = "{network.form.email.format}") @Nullable String contactEmail,
            @SingleLine @Size(max = 30) @Nullable String contactPhone,
            @NotNull(message = "{api.version.required}") @Nullable Long version) {

        MemberChanges toChanges() {
            return new MemberChanges(networkRole, contactName, contactEmail, contactPhone);
        }
    }
}
