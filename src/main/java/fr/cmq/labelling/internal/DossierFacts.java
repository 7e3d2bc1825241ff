package fr.cmq.labelling.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.labelling.OpinionBody;

/**
 * What a dossier's transitions check besides its own state, read in one query when one is fired: the criteria left
 * unanswered, the campaign's deposit deadline, the experts assigned and the reports they still owe, the avis given.
 */
record DossierFacts(LocalDate today, int unanswered, LocalDate campaignDeadline, int experts, int reportsMissing,
        Set<OpinionBody> opinions) {

    DossierFacts {
        opinions = Set.copyOf(opinions);
    }

    static DossierFacts of(JdbcClient jdbc, long dossierId, LocalDate today) {
        return jdbc.sql("select (select count(*) from grid_criterion g where g.grid_id = c.grid_id) - "
                        + DossierSql.ANSWERED + " as unanswered, c.deposit_deadline,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id) as experts,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id"
                        + "   and a.submitted_at is null) as reports_missing,"
                        + " array(select o.body from dossier_opinion o where o.dossier_id = d.id) as opinions"
                        + " from dossier d join campaign c on c.id = d.campaign_id where d.id = :id")
                .param("id", dossierId)
                .query((rs, n) -> new DossierFacts(today, rs.getInt("unanswered"),
                        rs.getObject("deposit_deadline", LocalDate.class), rs.getInt("experts"),
                        rs.getInt("reports_missing"), Arrays.stream((Object[]) rs.getArray("opinions").getArray())
                                .map(body -> OpinionBody.valueOf((String) body)).collect(Collectors.toSet())))
                .single();
    }
}
