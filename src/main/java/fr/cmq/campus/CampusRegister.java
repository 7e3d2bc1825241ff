package fr.cmq.campus;

import java.util.Map;
import java.util.function.Consumer;

import fr.cmq.shared.DataVersion;

/**
 * The national reference list of campuses, read whole for the open data: every campus by its stable code with what its
 * public page says of it, and its sites. Nothing of the members' contact persons is in it.
 */
public interface CampusRegister {

    /** Changes with any campus or site added, changed or removed. */
    DataVersion version();

    /** Each campus's code by its id, for the lists that name campuses by id. */
    Map<Long, String> codes();

    /** Every campus, by code. */
    void eachCampus(Consumer<RegisteredCampus> reader);

    /** Every site of every campus, by campus code then name. */
    void eachSite(Consumer<RegisteredSite> reader);
}
