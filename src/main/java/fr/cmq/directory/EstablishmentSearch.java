package fr.cmq.directory;

import org.jspecify.annotations.Nullable;

/**
 * What to look for among establishments; every criterion is optional.
 *
 * @param text words of the name or the town, in any case, with or without accents, typos tolerated
 */
public record EstablishmentSearch(
        @Nullable String text,
        @Nullable String uai,
        @Nullable String academieCode,
        @Nullable Boolean voieProfessionnelle) {

    public static EstablishmentSearch everything() {
        return new EstablishmentSearch(null, null, null, null);
    }
}
