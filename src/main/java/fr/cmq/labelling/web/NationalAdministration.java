package fr.cmq.labelling.web;

import org.springframework.security.access.AccessDeniedException;

import fr.cmq.identity.CmqUser;

/** The label's pool of experts, grids and campaigns are kept by the national administration alone. */
final class NationalAdministration {

    private NationalAdministration() {
    }

    /** @throws AccessDeniedException for anyone else, answered as 403 */
    static void check(CmqUser user) {
        if (!user.isNationalAdministrator()) {
            throw new AccessDeniedException("Réservé à l'administration nationale");
        }
    }
}
