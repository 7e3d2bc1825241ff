package fr.cmq.labelling;

import java.time.LocalDate;
import java.util.List;

/**
 * An appel à projets: the kinds of dossiers it accepts, the version of the criteria grid they answer, and its
 * calendar. {@code open}: between its opening and its deposit deadline.
 */
public record Campaign(long id, String title, List<DossierKind> kinds, String gridVersion, LocalDate opensOn,
        LocalDate depositDeadline, LocalDate avisDeadline, LocalDate reviewDeadline, LocalDate decisionDate,
        boolean open) {
}
