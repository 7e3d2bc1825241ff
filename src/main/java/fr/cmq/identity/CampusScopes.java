package fr.cmq.identity;

import java.util.Optional;

/** Where a campus known by its id stands, told to the guard by the module that keeps campuses. */
public interface CampusScopes {

    /** Empty when there is no such campus. */
    Optional<CampusScope> scope(long id);
}
