package fr.cmq.campus;

import java.util.Optional;

/**
 * A module's part of a campus's public page (its offer, its events…), drawn after the campus's own sections in the
 * sections' {@link org.springframework.core.annotation.Order}. The campus knows none of them.
 */
public interface CampusPageSection {

    Optional<CampusPagePart> partFor(long campusId);
}
