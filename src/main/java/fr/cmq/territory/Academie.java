package fr.cmq.territory;

import org.jspecify.annotations.Nullable;

/**
 * An académie (or the vice-rectorat of a collectivité d'outre-mer, which has no région), by the code of the Annuaire
 * de l'éducation.
 */
public record Academie(String code, String name, @Nullable String regionCode, @Nullable String regionName) {
}
