package fr.cmq.evaluation;

/** A campus's maturity level changed ({@code from} 0 at its first computation when it reaches a level). */
public record MaturityChanged(long campusId, int from, int to) {
}
