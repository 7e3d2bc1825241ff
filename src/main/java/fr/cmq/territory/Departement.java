package fr.cmq.territory;

import org.jspecify.annotations.Nullable;

/** A département, by its three-character code in the Annuaire de l'éducation ({@code 094}, {@code 02A}, {@code 971}). */
public record Departement(String code, String name, String academieCode, @Nullable String regionCode) {
}
