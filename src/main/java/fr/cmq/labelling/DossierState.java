package fr.cmq.labelling;

/**
 * Where a dossier stands: written by the DO ({@code BROUILLON}, or {@code RENVOYE} with a reason), signed off by the
 * chef d'établissement support ({@code DEPOSE}), carried by both the recteur's and the Région's sides ({@code COSIGNE}),
 * with the avis of the CAEN and of the CREFOP ({@code AVIS_RECUEILLIS}), under the experts' review
 * ({@code EN_EXPERTISE}), decided by arrêté ({@code DECIDE}), or withdrawn by the administration ({@code RETIRE}).
 */
public enum DossierState {
    BROUILLON, DEPOSE, COSIGNE, AVIS_RECUEILLIS, EN_EXPERTISE, DECIDE, RENVOYE, RETIRE;

    /** The DO still writes it. */
    public boolean editable() {
        return this == BROUILLON || this == RENVOYE;
    }

    public boolean closed() {
        return this == DECIDE || this == RETIRE;
    }
}
