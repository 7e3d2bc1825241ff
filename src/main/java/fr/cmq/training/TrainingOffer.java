package fr.cmq.training;

import java.nio.file.Path;
import java.util.List;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.Member;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.importing.ImportReport;

/**
 * Keeps a campus's training offer. The campus team keeps all of it; a member's contact keeps the formations its own
 * organisation delivers. Every write is audited and announced by a {@link TrainingEvent}.
 */
public interface TrainingOffer {

    long add(CmqUser actor, long campusId, FormationDetails details);

    /** @throws org.springframework.dao.OptimisticLockingFailureException when someone changed it since {@code version} */
    void update(CmqUser actor, long campusId, long formationId, long version, FormationDetails details);

    void remove(CmqUser actor, long campusId, long formationId);

    /**
     * The offer of the campus's network from a CSV file (its team only): each line names a member by its UAI and a
     * certification of the reference; refused lines are reported with their number and reason, the others applied in
     * one transaction; a line imported again updates its formation.
     */
    ImportReport importOffer(CmqUser actor, long campusId, String fileName, Path file);

    /** Parcours and passerelles are the campus team's: they cross its members. */
    long addParcours(CmqUser actor, long campusId, NewParcours parcours);

    void removeParcours(CmqUser actor, long campusId, long parcoursId);

    long addPasserelle(CmqUser actor, long campusId, NewPasserelle passerelle);

    void removePasserelle(CmqUser actor, long campusId, long passerelleId);

    /** The active members whose formations this user keeps: all of them for the team, its own for a contact. */
    List<Member> membersKeptBy(CmqUser actor, CampusDetails campus);
}
