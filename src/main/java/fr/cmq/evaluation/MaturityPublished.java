package fr.cmq.evaluation;

/** A campus shows its maturity level on its public page, or no longer. */
public record MaturityPublished(long campusId, boolean published) {
}
