package fr.cmq.directory;

import java.util.Optional;

/** Finds where a town is, from the establishments of the Annuaire de l'éducation. */
public interface Towns {

    /** The town of that name, without regard to case, accents or hyphens; the one with most establishments first. */
    Optional<Town> locate(String name);
}
