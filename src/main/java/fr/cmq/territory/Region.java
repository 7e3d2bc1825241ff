package fr.cmq.territory;

/** A région, by its INSEE code. */
public record Region(String code, String name) {
}
