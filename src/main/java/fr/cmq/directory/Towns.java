package fr.cmq.directory;

import java.util.Optional;

/** Recognises the communes of France and places them from the establishments of the Annuaire de l'éducation. */
public interface Towns {

    /**
     * The commune of that name, without regard to case, accents or hyphens, or of that postal code; the most populous
     * when several share it. Empty when no commune is named so.
     */
    Optional<Town> locate(String nameOrPostalCode);
}
