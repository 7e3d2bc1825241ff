package fr.cmq.identity;

import java.util.Optional;

/** Where a région known by its code stands, told to the guard by the module that keeps the territory's bodies. */
public interface RegionScopes {

    /** Empty when there is no such région. */
    Optional<RegionScope> scope(String regionCode);

    /** The région of a campus, empty when the campus is not or has none. */
    Optional<String> regionOfCampus(long campusId);
}
