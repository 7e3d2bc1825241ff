package fr.cmq.campus;

/**
 * The official documents of a campus (its convention, the lettre de mission) or its instances, their seats and meetings
 * changed: nothing a visitor sees, so the public answers kept stay; the quality module reads its maturity again.
 */
public record GovernanceChanged(long campusId) {
}
