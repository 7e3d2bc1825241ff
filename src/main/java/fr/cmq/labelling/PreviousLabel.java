package fr.cmq.labelling;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The label a renewal dossier renews: its last day, and, when the platform knows them, its start, the NOR of the arrêté
 * that granted it and the dossier that asked for it.
 */
public record PreviousLabel(LocalDate end, @Nullable LocalDate start, @Nullable String nor, @Nullable Long dossierId) {
}
