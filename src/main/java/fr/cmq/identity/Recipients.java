package fr.cmq.identity;

import java.util.List;
import java.util.Set;

/** Who to write to about a campus. */
public interface Recipients {

    /**
     * The enabled accounts holding one of these roles for the campus, as {@link CampusAccess#holds} reads a role: the
     * campus's team on the campus, its pilots on its académies or its région, the national administration everywhere.
     * Experts are never among them: they are written to about the dossiers assigned to them.
     */
    List<Recipient> holding(Set<Role> roles, CampusScope campus);
}
