package fr.cmq.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The campuses and member organisations that grants name, told to the accounts by the module that keeps campuses:
 * which campuses lie in a territory, and their names.
 */
public interface GrantPlaces {

    /** The campuses of these académies and régions; every campus when {@code everywhere}. */
    Set<Long> campusesWithin(boolean everywhere, Set<String> academieCodes, Set<String> regionCodes);

    /** The names of these campuses, by id, in name order. */
    Map<Long, String> campusNames(Collection<Long> campusIds);

    /** The organisations of one campus's network that are still members, in name order. */
    List<Place> members(long campusId);

    /** The names of these member organisations, by id. */
    Map<Long, String> memberNames(Collection<Long> memberIds);

    /** Every académie, by code, in name order: the scopes of the académies' pilots. */
    Map<String, String> academies();

    /** Every région, by code, in name order: the scopes of the régions' pilots. */
    Map<String, String> regions();

    /** A campus or a member organisation, by its id and name. */
    record Place(long id, String name) {
    }
}
