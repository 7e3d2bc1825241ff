package fr.cmq.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.shared.web.VisibleText;

/** The form to add a company by hand. */
record CompanyForm(
        @NotBlank(message = "{companies.siret.required}") @SingleLine @Size(max = 30, message = "{companies.siret.size}")
        @Nullable String siret,
        @NotBlank(message = "{companies.name.required}") @VisibleText
        @SingleLine @Size(max = 200, message = "{companies.name.size}") @Nullable String name,
        @Pattern(regexp = "^$|\\d{2}\\.?\\d{2}[A-Za-z]$", message = "{companies.naf.format}") @Nullable String nafCode,
        @SingleLine @Size(max = 300, message = "{companies.address.size}") @Nullable String address,
        @Pattern(regexp = "^$|\\d{5}$", message = "{companies.postalcode.format}") @Nullable String postalCode,
        @SingleLine @Size(max = 100, message = "{companies.commune.size}") @Nullable String communeName) {

    static CompanyForm empty() {
        return new CompanyForm(null, null, null, null, null, null);
    }
}
