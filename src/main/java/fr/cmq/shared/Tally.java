package fr.cmq.shared;

/** One line of a count: what is counted (its code and its name) and how many. */
public record Tally(String key, String label, long count) {
}
