package fr.cmq.campus.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Member;
import fr.cmq.campus.OrganisationDetails;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.web.SingleLine;

/** What a member organisation keeps of itself; {@code version} is the one its contact read. */
record OrganisationForm(
        @SingleLine @Size(max = 200, message = "{organisation.form.contactName.size}") @Nullable String contactName,
        @Email(message = "{network.form.email.format}") @Size(max = PlainText.MAX_EMAIL_LENGTH,
                message = "{network.form.email.format}") @Nullable String contactEmail,
        @SingleLine @Size(max = 30, message = "{organisation.form.contactPhone.size}") @Nullable String contactPhone,
        @Size(max = 1000, message = "{organisation.form.presentation.size}") @Nullable String presentation,
        @NotNull @Nullable Long version) {

    static OrganisationForm of(Member member) {
        return new OrganisationForm(member.contactName(), member.contactEmail(), member.contactPhone(),
                member.presentation(), member.version());
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(PlainText.blankToNull(contactName), PlainText.blankToNull(contactEmail),
                PlainText.blankToNull(contactPhone), PlainText.blankToNull(presentation));
    }

    /** What was typed, over the version someone else saved meanwhile. */
    OrganisationForm over(long currentVersion) {
        return new OrganisationForm(contactName, contactEmail, contactPhone, presentation, currentVersion);
    }
}
