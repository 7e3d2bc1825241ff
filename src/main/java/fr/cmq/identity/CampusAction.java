package fr.cmq.identity;

/** What a signed-in user may want to do with a campus. Reading the public page needs no permission. */
public enum CampusAction {
    /** Budget, draft dossier, evaluations, history: what the public does not see. */
    READ_PRIVATE,
    /** Presentation, territory, sites, network, governance. */
    EDIT,
    /** Sign off the dossier, budget and convention. */
    SIGN_OFF,
    /** The fields and opinions that belong to the rectorat or the Région. */
    EDIT_AS_PILOT,
    /** Bring what a member organisation brings (its formations, contributions, participations): team or member. */
    CONTRIBUTE,
    /** Remove the campus and everything it holds: the national administration only. */
    DELETE
}
