package fr.cmq.steering;

import fr.cmq.identity.CmqUser;

/**
 * "Le comité d'orientation stratégique établit le budget annuel du campus": the keepers of the comité of the
 * campus's région record at which of its meetings a submitted or validated budget was established.
 */
public interface EstablishedBudgets {

    /**
     * @throws fr.cmq.shared.NotFoundException when the meeting is not one of the comité of the campus's région
     * @throws fr.cmq.shared.RuleViolationException for a draft, or a meeting not held or of another year
     * @throws org.springframework.dao.OptimisticLockingFailureException when the budget changed since {@code version}
     */
    void establish(CmqUser actor, long campusId, int year, long version, long meetingId);
}
