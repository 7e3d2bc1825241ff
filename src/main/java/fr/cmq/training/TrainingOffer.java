package fr.cmq.training;

import fr.cmq.identity.CmqUser;

/**
 * Keeps a campus's training offer. The campus team keeps all of it; a member's contact keeps the formations its own
 * organisation delivers. Every write is audited and announced by a {@link TrainingEvent}.
 */
public interface TrainingOffer {

    long add(CmqUser actor, long campusId, FormationDetails details);

    /** @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since {@code version} */
    void update(CmqUser actor, long campusId, long formationId, long version, FormationDetails details);

    void remove(CmqUser actor, long campusId, long formationId);

    /** Parcours and passerelles are the campus team's: they cross its members. */
    long addParcours(CmqUser actor, long campusId, NewParcours parcours);

    void removeParcours(CmqUser actor, long campusId, long parcoursId);

    long addPasserelle(CmqUser actor, long campusId, NewPasserelle passerelle);

    void removePasserelle(CmqUser actor, long campusId, long passerelleId);

    /** Whether this user may change the offer of this campus: all of it, or a formation of this member. */
    boolean mayKeep(CmqUser actor, long campusId, long memberId);

    /** Whether this user keeps the whole offer of the campus (its team). */
    boolean mayKeepAll(CmqUser actor, long campusId);
}
