package fr.cmq.labelling.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.Decision;
import fr.cmq.labelling.DossierBatches;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.StepDetails;
import fr.cmq.labelling.Transition;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.RuleViolationException;

/**
 * Runs an act on each dossier of a selection through the services that run it on one, so that each keeps its rules,
 * its audit and its events. An assignment or a decision is one transaction, rolled back whole when a dossier refuses;
 * reminders are one transaction per dossier, since a dossier without a late expert spoils nothing for the others.
 */
@Service
@RequiredArgsConstructor
class DossierBatchService implements DossierBatches {

    private final DossierWorkflow dossiers;
    private final ExpertService experts;
    private final JdbcClient jdbc;
    private final Guard guard;

    @Override
    @Transactional
    public BatchOutcome assign(CmqUser admin, List<Long> dossierIds, List<Long> expertIds) {
        var campuses = selection(admin, dossierIds);
        if (expertIds.isEmpty()) {
            throw new InvalidFieldException("experts", "Cochez au moins un expert");
        }
        var refused = new ArrayList<Refused>();
        campuses.forEach((id, campus) -> {
            try {
                new LinkedHashSet<>(expertIds).forEach(expert -> experts.assign(admin, id, expert));
            } catch (RuleViolationException | NotFoundException e) {
                refused.add(new Refused(id, campus, e));
            }
        });
        return allOrNothing(campuses.size(), refused);
    }

    @Override
    public BatchOutcome remind(CmqUser admin, List<Long> dossierIds) {
        var campuses = selection(admin, dossierIds);
        var refused = new ArrayList<Refused>();
        int reminded = 0;
        for (var dossier : campuses.entrySet()) {
            try {
                reminded += experts.remindLate(admin, dossier.getKey());
            } catch (RuleViolationException | NotFoundException e) {
                refused.add(new Refused(dossier.getKey(), dossier.getValue(), e));
            }
        }
        return new BatchOutcome(reminded, refused);
    }

    @Override
    @Transactional
    public BatchOutcome decide(CmqUser admin, List<Long> dossierIds, Decision decision) {
        var campuses = selection(admin, dossierIds);
        var refused = new ArrayList<Refused>();
        campuses.forEach((id, campus) -> {
            try {
                dossiers.fire(admin, id, Transition.DECIDE, StepDetails.deciding(decision));
            } catch (RuleViolationException | NotFoundException e) {
                refused.add(new Refused(id, campus, e));
            }
        });
        return allOrNothing(campuses.size(), refused);
    }

    /** The campus of each dossier selected, in the order given. */
    private Map<Long, String> selection(CmqUser admin, List<Long> dossierIds) {
        guard.requireNationalAdministration(admin);
        var ids = new LinkedHashSet<>(dossierIds);
        if (ids.isEmpty()) {
            throw new InvalidFieldException("dossiers", "Cochez au moins un dossier");
        }
        if (ids.size() > MAX_DOSSIERS) {
            throw new InvalidFieldException("dossiers", MAX_DOSSIERS + " dossiers au plus à la fois");
        }
        var found = new HashMap<Long, String>();
        jdbc.sql("select d.id, ca.name from dossier d join campus ca on ca.id = d.campus_id where d.id in (:ids)")
                .param("ids", ids).query(rs -> {
                    found.put(rs.getLong(1), rs.getString(2));
                });
        var campuses = new LinkedHashMap<Long, String>();
        for (long id : ids) {
            String campus = found.get(id);
            if (campus == null) {
                throw new InvalidFieldException("dossiers", "Le dossier " + id + " n’existe pas");
            }
            campuses.put(id, campus);
        }
        return campuses;
    }

    /** Rolls the act back when one dossier refused it: the selection is acted on whole or not at all. */
    private static BatchOutcome allOrNothing(int selected, List<Refused> refused) {
        if (refused.isEmpty()) {
            return new BatchOutcome(selected, List.of());
        }
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new BatchOutcome(0, List.copyOf(refused));
    }
}
