package fr.cmq.identity;

/** The roles of the platform; each is held on one scope (see {@link RoleGrant}). */
public enum Role {
    /** Everything: campaigns, référentiels, reference data, decisions, users. */
    ADMIN_NATIONAL,
    /** The conseil régional's side, for one région. */
    PILOTE_REGIONAL,
    /** The rectorat's side (DRAFPIC), for one académie. */
    PILOTE_ACADEMIQUE,
    /** Runs one campus. */
    DIRECTEUR_OPERATIONNEL,
    /** Head of the campus's établissement support: signs off dossier, budget and convention. */
    CHEF_ETABLISSEMENT_SUPPORT,
    /** Keeps one member organisation's data within one campus. */
    MEMBER_CONTACT,
    /** Reviews the dossiers assigned to the account. */
    EXPERT;

    public String authority() {
        return "ROLE_" + name();
    }
}
