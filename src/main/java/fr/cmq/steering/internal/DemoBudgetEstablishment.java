package fr.cmq.steering.internal;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CommitteeMeeting;
import fr.cmq.campus.RegionalCommittees;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.demo.DemoData;
import fr.cmq.steering.EstablishedBudgets;

/** The budgets submitted in the demonstration, established at the last meeting held of their région's comité. */
@Component
@Order(9)
@RequiredArgsConstructor
class DemoBudgetEstablishment implements DemoData {

    private static final CmqUser DEMO = CmqUser.demonstration();

    private final EstablishedBudgets established;
    private final RegionalCommittees committees;
    private final CampusDirectory campuses;
    private final JdbcClient jdbc;
    private final Clock clock;

    private record Unestablished(long campusId, int year, long version) {
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        var budgets = jdbc.sql("select campus_id, year, version from campus_budget where status <> 'BROUILLON'"
                + " and established_at_meeting_id is null and year = :year").param("year", today.getYear())
                .query(Unestablished.class).list();
        for (var budget : budgets) {
            String region = campuses.get(budget.campusId()).regionCode();
            if (region == null) {
                continue;
            }
            committees.meetings(region).stream().filter(meeting -> meeting.heldBy(today)).findFirst()
                    .map(CommitteeMeeting::id).ifPresent(meeting -> established.establish(DEMO, budget.campusId(),
                            budget.year(), budget.version(), meeting));
        }
    }
}
