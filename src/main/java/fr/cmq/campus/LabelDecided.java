package fr.cmq.campus;

import java.time.LocalDate;

/**
 * An arrêté interministériel granted a campus its label: the campus takes its status, category and label period from
 * it. Published by the label's lifecycle, which this module does not know; the contract is this module's, so that the
 * dependency goes one way only (ADR 0008).
 */
public record LabelDecided(long campusId, Category category, LocalDate start, LocalDate end, String nor,
        LocalDate decidedOn) {
}
