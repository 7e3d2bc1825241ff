package fr.cmq.labelling;

import java.util.List;

import fr.cmq.identity.CmqUser;

/**
 * The national administration's acts on a selection of dossiers, as one arrêté lists many campuses: an assignment or
 * a decision is made on every dossier selected, or on none, with why each refusing dossier refuses.
 */
public interface DossierBatches {

    /** The most dossiers one act may name. */
    int MAX_DOSSIERS = 100;

    /**
     * Assigns each expert to each dossier.
     *
     * @throws fr.cmq.shared.InvalidFieldException for no dossier, no expert, or an expert out of the pool
     */
    BatchOutcome assign(CmqUser admin, List<Long> dossierIds, List<Long> expertIds);

    /**
     * Reminds the experts whose report is late on each dossier; a dossier not under review, or with none late, is
     * told back, and the others are reminded all the same.
     *
     * @return how many experts are reminded, and the dossiers where none was
     */
    BatchOutcome remind(CmqUser admin, List<Long> dossierIds);

    /**
     * Records one arrêté for every dossier selected.
     *
     * @throws fr.cmq.shared.InvalidFieldException for no dossier or a malformed decision
     */
    BatchOutcome decide(CmqUser admin, List<Long> dossierIds, Decision decision);

    /** What an act did: how many dossiers (experts, for a reminder) it was done on, and the dossiers that refused it. */
    record BatchOutcome(int done, List<Refused> refused) {

        public boolean applied() {
            return refused.isEmpty();
        }
    }

    /** A dossier that refused the act, its campus, and why, as a refused change says it. */
    record Refused(long dossierId, String campus, RuntimeException reason) {
    }
}
