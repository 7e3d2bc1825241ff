package fr.cmq.campus;

/** One value of a search filter, with the number of campuses it would show given the other filters. */
public record Facet(String value, String label, long count) {
}
