package fr.cmq.directory;

import org.jspecify.annotations.Nullable;

/** An establishment of the Annuaire de l'éducation, as the directory shows it. */
public record Establishment(
        String uai,
        String name,
        @Nullable String type,
        @Nullable String sector,
        @Nullable String natureLabel,
        @Nullable String address,
        @Nullable String postalCode,
        @Nullable String communeName,
        @Nullable String departementCode,
        @Nullable String academieCode,
        @Nullable String academieName,
        @Nullable String regionCode,
        @Nullable String regionName,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String siret,
        @Nullable String website,
        boolean voieProfessionnelle,
        boolean apprentissage,
        boolean lyceeDesMetiers,
        boolean greta,
        boolean postBac,
        @Nullable String status) {
}
