package fr.cmq.identity;

import java.util.List;

/** Signed-in people as tests need them, each with one role on its scope (the campuses of CampusMother: académie 12). */
public final class UserMother {

    private UserMother() {
    }

    /** The directeur opérationnel of a campus: its team. */
    public static CmqUser director(long campusId) {
        return new CmqUser(3, "do.energie@cmq.test", "Directrice", "x", true,
                List.of(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, campusId)));
    }

    /** The chef d'établissement support of a campus: its team, and the sign-off of its budget. */
    public static CmqUser chef(long campusId) {
        return new CmqUser(6, "chef.support@cmq.test", "Chef d'établissement", "x", true,
                List.of(RoleGrant.campus(Role.CHEF_ETABLISSEMENT_SUPPORT, campusId)));
    }

    /** The académie's pilot: reads its campuses' private data, edits none. */
    public static CmqUser pilot(String academieCode) {
        return new CmqUser(4, "pilote@cmq.test", "Pilote", "x", true,
                List.of(RoleGrant.academie(Role.PILOTE_ACADEMIQUE, academieCode)));
    }

    /** The contact of one member organisation of a campus. */
    public static CmqUser contact(long campusId, long organisationId) {
        return new CmqUser(5, "contact.membre@cmq.test", "Contact", "x", true,
                List.of(RoleGrant.organisation(campusId, organisationId)));
    }

    /** The national administration: every campus, and the creation of new ones. */
    public static CmqUser nationalAdministrator() {
        return new CmqUser(1, "admin@cmq.test", "Administration nationale", "x", true,
                List.of(RoleGrant.national(Role.ADMIN_NATIONAL)));
    }
}
