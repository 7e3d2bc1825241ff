package fr.cmq.shared.caching;

import java.util.Locale;

/**
 * What a kept public answer lists or searches beyond one campus, so that a change forgets only the answers it may
 * alter: a change to the formations of a campus of one région forgets the searches of formations over every région
 * and over that one, and keeps the directory, the agenda and the searches limited to another région.
 */
public enum Shown {
    /** The directory of the campuses. */
    CAMPUSES,
    /** The searches of formations, and a formation's page. */
    FORMATIONS,
    /** The agenda of the public events. */
    EVENTS,
    /** Reference data alone (establishments, filières, territories) and fixed pages: forgotten by an import. */
    REFERENCE;

    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
