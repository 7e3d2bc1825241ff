package fr.cmq.campus;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;

/**
 * A module's part of a campus's public page (its offer, its events…), drawn after the campus's own sections in the
 * sections' {@link org.springframework.core.annotation.Order}. The campus knows none of them.
 */
public interface CampusPageSection {

    /** {@code viewer}, when signed in, may see links to what it keeps; the anonymous page is the same for all. */
    Optional<CampusPagePart> partFor(long campusId, @Nullable CmqUser viewer);
}
