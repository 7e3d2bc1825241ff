package fr.cmq.campus.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.cmq.campus.CommitteeMeeting;
import fr.cmq.campus.RegionalCommittee;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.VisibleText;

/** The forms of a regional comité's pages. */
final class CommitteeForms {

    private CommitteeForms() {
    }

    /** The two named seats, at the version of the comité they were read from. */
    record NamedSeatsForm(
            @VisibleText @SingleLine @Size(max = 200, message = "{governance.form.name.size}") @Nullable String recteurName,
            @VisibleText @SingleLine @Size(max = 200, message = "{governance.form.name.size}") @Nullable String presidentName,
            long version) {

        static NamedSeatsForm of(RegionalCommittee committee) {
            return new NamedSeatsForm(committee.recteurName(), committee.presidentName(), committee.version());
        }
    }

    /** A filière's representative: a name, the filière, the organisation (personal data kept to a minimum). */
    record RepresentativeForm(
            @NotBlank(message = "{committee.form.filiere.required}") @Nullable String filiereCode,
            @NotBlank(message = "{governance.form.person.required}") @VisibleText
            @SingleLine @Size(max = 200, message = "{governance.form.name.size}") @Nullable String personName,
            @VisibleText @SingleLine @Size(max = 200, message = "{governance.form.name.size}") @Nullable String organisation) {

        static RepresentativeForm empty() {
            return new RepresentativeForm(null, null, null);
        }
    }

    /** A meeting held or planned, at the version it was read (0 for a new one); decisions and minutes come once held. */
    record CommitteeMeetingForm(
            @NotNull(message = "{governance.form.date.required}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @NotBlank(message = "{governance.form.agenda.required}") @VisibleText
            @Size(max = 5000, message = "{governance.form.text.size}") @Nullable String agenda,
            @VisibleText @Size(max = 5000, message = "{governance.form.text.size}") @Nullable String decisions,
            @Nullable Long version) {

        static CommitteeMeetingForm empty() {
            return new CommitteeMeetingForm(null, null, null, 0L);
        }

        /** The version read, or one that never was when none was sent: the change then meets the current meeting. */
        long versionRead() {
            return version == null ? -1 : version;
        }

        static CommitteeMeetingForm of(CommitteeMeeting meeting) {
            return new CommitteeMeetingForm(meeting.heldOn(), meeting.agenda(), meeting.decisions(), meeting.version());
        }
    }
}
