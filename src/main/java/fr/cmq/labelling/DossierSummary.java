package fr.cmq.labelling;

/** A dossier in a list: its campus, its campaign, what it asks for and where it stands. */
public record DossierSummary(long id, CampusRef campus, String campaign, DossierKind kind, DossierState state) {

    public record CampusRef(long id, String name) {
    }
}
