package fr.cmq.campus.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;

import fr.cmq.shared.Siret;
import fr.cmq.shared.Uai;
import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.NewMember;
import fr.cmq.campus.OrganisationType;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.VisibleText;

/**
 * The form to add an organisation to a network: by UAI (an establishment found in the Annuaire) or by name. The
 * contact person is personal data kept only to run the network: name, e-mail, telephone, nothing else.
 */
record MemberForm(
        @Nullable Uai uai,
        @NotNull(message = "{network.form.type.required}") @Nullable OrganisationType organisationType,
        @Nullable NetworkRole networkRole,
        @SingleLine @Size(max = 200, message = "{network.form.name.size}") @VisibleText @Nullable String name,
        @Nullable Siret siret,
        @SingleLine @Size(max = 100) @Nullable String communeName,
        @Nullable Boolean declaredEple,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate joinedOn,
        @SingleLine @Size(max = 200) @Nullable String contactName,
        @Email(message = "{network.form.email.format}") @SingleLine @Size(max = 200) @Nullable String contactEmail,
        @Pattern(regexp = "^$|[+\\d][\\d .-]{7,20}", message = "{network.form.phone.format}") @Nullable String contactPhone) {

    static MemberForm empty() {
        return new MemberForm(null, null, NetworkRole.MEMBRE, null, null, null, null, null, null, null, null);
    }

    boolean byUai() {
        return uai != null;
    }

    NewMember toNewMember() {
        return new NewMember(organisationType, networkRole == null ? NetworkRole.MEMBRE : networkRole,
                uai == null ? null : uai.value(), siret == null ? null : siret.value(), PlainText.blankToNull(name), PlainText.blankToNull(communeName), null, null,
                Boolean.TRUE.equals(declaredEple), joinedOn, PlainText.blankToNull(contactName), PlainText.blankToNull(contactEmail), PlainText.blankToNull(contactPhone));
    }
}
