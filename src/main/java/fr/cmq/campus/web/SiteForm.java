package fr.cmq.campus.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.Uai;
import fr.cmq.campus.NewSite;
import fr.cmq.campus.SiteKind;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.VisibleText;

/** A place of the campus; coordinates are taken from the Annuaire when an UAI is given without them. */
record SiteForm(
        @NotNull(message = "{sites.form.kind.required}") @Nullable SiteKind kind,
        @NotBlank(message = "{sites.form.name.required}") @VisibleText
        @SingleLine @Size(max = 200, message = "{sites.form.size}") @Nullable String name,
        @SingleLine @Size(max = 300, message = "{sites.form.size}") @Nullable String address,
        @SingleLine @Size(max = 100, message = "{sites.form.size}") @Nullable String commune,
        @Nullable Uai uai,
        @DecimalMin(value = "-90", message = "{sites.form.latitude.range}") @DecimalMax(value = "90", message = "{sites.form.latitude.range}") @Nullable Double latitude,
        @DecimalMin(value = "-180", message = "{sites.form.longitude.range}") @DecimalMax(value = "180", message = "{sites.form.longitude.range}") @Nullable Double longitude) {

    static SiteForm empty() {
        return new SiteForm(SiteKind.SITE, null, null, null, null, null, null);
    }

    NewSite toNewSite() {
        return new NewSite(kind, name.strip(), PlainText.blankToNull(address), PlainText.blankToNull(commune),
                uai == null ? null : uai.value(), latitude,
                longitude);
    }
}
