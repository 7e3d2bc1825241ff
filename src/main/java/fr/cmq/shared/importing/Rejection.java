package fr.cmq.shared.importing;

/** A line of the file that was not imported, and why. */
public record Rejection(long line, String reason) {
}
