package fr.cmq.shared.importing;

/** An import run whose accepted lines were applied, published in the transaction that applied them. */
public record ImportApplied(long runId, String kind, int created, int updated) {
}
