package fr.cmq.campus.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import fr.cmq.campus.InstanceKind;
import fr.cmq.campus.SeatQuality;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.VisibleText;

/** The forms of the governance pages. */
final class GovernanceForms {

    private GovernanceForms() {
    }

    record InstanceForm(
            @NotNull(message = "{governance.form.kind.required}") @Nullable InstanceKind kind,
            @NotBlank(message = "{governance.form.name.required}") @VisibleText
            @SingleLine @Size(max = 200, message = "{governance.form.name.size}") @Nullable String name) {

        static InstanceForm empty() {
            return new InstanceForm(null, null);
        }
    }

    /** A person on an instance: a name and a quality, nothing more (personal data kept to a minimum). */
    record SeatForm(
            @NotBlank(message = "{governance.form.person.required}") @VisibleText
            @SingleLine @Size(max = 200, message = "{governance.form.name.size}") @Nullable String personName,
            @NotNull(message = "{governance.form.quality.required}") @Nullable SeatQuality quality,
            @SingleLine @Size(max = 200, message = "{governance.form.name.size}") @Nullable String organisation) {

        static SeatForm empty() {
            return new SeatForm(null, null, null);
        }
    }

    record MeetingForm(
            @NotNull(message = "{governance.form.date.required}") @PastOrPresent(message = "{campus.form.date.past}")
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
            @NotBlank(message = "{governance.form.agenda.required}") @Size(max = 5000, message = "{governance.form.text.size}") @Nullable String agenda,
            @Size(max = 5000, message = "{governance.form.text.size}") @Nullable String decisions) {

        static MeetingForm empty() {
            return new MeetingForm(null, null, null);
        }
    }
}
