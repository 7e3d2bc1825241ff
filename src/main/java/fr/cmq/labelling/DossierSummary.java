package fr.cmq.labelling;

/**
 * A dossier in a list: its campus, its campaign, what it asks for, where it stands, and whether it is behind its
 * campaign's calendar ({@link DossierFilter#late()}).
 */
public record DossierSummary(long id, CampusRef campus, String campaign, DossierKind kind, DossierState state,
        boolean late) {

    public record CampusRef(long id, String name) {
    }
}
