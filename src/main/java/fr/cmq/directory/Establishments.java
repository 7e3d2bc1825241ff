package fr.cmq.directory;

import java.util.List;
import java.util.Optional;

import fr.cmq.shared.PageResponse;

/** Finds establishments of the Annuaire de l'éducation. */
public interface Establishments {

    Optional<Establishment> find(String uai);

    /**
     * One page of the establishments that match: with text that is a UAI, that establishment; with other text, those
     * whose name or town has its words (in French, without regard to case or accents), the best first; when no word
     * matches, those with a name close to it (typos). Without text, by name.
     */
    PageResponse<Establishment> search(EstablishmentSearch search, int page, int size);

    /** How many establishments have a public page. */
    long count();

    /** Their UAIs by UAI, a page at a time: for the sitemap. */
    List<String> uais(int page, int size);
}
