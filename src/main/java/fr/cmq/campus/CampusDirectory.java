package fr.cmq.campus;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CampusScope;
import fr.cmq.identity.CampusScopes;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;

/** Reads campuses: the public directory with its filters and counts, and one campus with its network. */
public interface CampusDirectory extends CampusScopes {

    PageResponse<CampusSummary> search(CampusSearch search, int page, int size);

    /**
     * The campuses that match, by code, after the one of code {@code afterCode} (from the first when null): a cursor
     * that reads the whole list, however long, a batch at a time.
     */
    List<CampusSummary> after(CampusSearch search, @Nullable String afterCode, int size);

    /** For each filter, how many campuses each of its values would show, the other filters applied. */
    CampusFacets facets(CampusSearch search);

    /** Who a campus belongs to, for access checks, without reading the rest of it. */
    @Override
    Optional<CampusScope> scope(long id);

    /** Every campus's id, for the modules that compute something of each (a maturity level). */
    List<Long> ids();

    /** One campus with its network, read in a fixed number of queries, none of them inside another's row mapping. */
    Optional<CampusDetails> find(long id);

    /** @throws NotFoundException when there is no such campus, answered as 404 */
    default CampusDetails get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Campus " + id + " introuvable"));
    }
}
