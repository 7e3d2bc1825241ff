package fr.cmq.directory;

import org.jspecify.annotations.Nullable;

/** A company's establishment, by its SIRET. */
public record Company(String siret, String name, @Nullable String nafCode, @Nullable String address,
        @Nullable String postalCode, @Nullable String communeName) {
}
