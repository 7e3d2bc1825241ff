package fr.cmq.campus;

import java.util.Optional;

import fr.cmq.identity.CampusScope;
import fr.cmq.shared.PageResponse;

/** Reads campuses: the public directory with its filters and counts, and one campus with its network. */
public interface CampusDirectory {

    PageResponse<CampusSummary> search(CampusSearch search, int page, int size);

    /** For each filter, how many campuses each of its values would show, the other filters applied. */
    CampusFacets facets(CampusSearch search);

    /** Who a campus belongs to, for access checks, without reading the rest of it. */
    Optional<CampusScope> scope(long id);

    /** One campus with its network, read in a fixed number of queries, none of them inside another's row mapping. */
    Optional<CampusDetails> find(long id);
}
