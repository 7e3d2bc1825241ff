package fr.cmq.labelling.internal;

import static fr.cmq.labelling.internal.DossierSql.LATE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusSelection;
import fr.cmq.labelling.DossierFigures;
import fr.cmq.shared.Tally;

/** {@link DossierFigures} in SQL, on the latest campaign (the one that opened last). */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcDossierFigures implements DossierFigures {

    private final JdbcClient jdbc;

    @Override
    public DossierCounts count(CampusSelection selection, LocalDate today) {
        var latest = jdbc.sql("select id, title from campaign order by opens_on desc, id desc limit 1")
                .query((row, n) -> new Tally(row.getString("id"), row.getString("title"), 0)).optional();
        if (latest.isEmpty()) {
            return new DossierCounts(null, null, List.of(), 0, List.of());
        }
        long campaign = Long.parseLong(latest.get().key());
        var params = new HashMap<String, Object>();
        params.put("campaign", campaign);
        params.put("today", today);
        String from = " from dossier d join campaign c on c.id = d.campaign_id join campus ca on ca.id = d.campus_id"
                + " where d.campaign_id = :campaign and " + selection.where("ca", params);
        var states = jdbc.sql("select d.state, count(*) as dossiers" + from + " group by d.state order by d.state")
                .params(params)
                .query((row, n) -> new Tally(row.getString("state"), row.getString("state"), row.getLong("dossiers")))
                .list();
        long late = jdbc.sql("select count(*)" + from + " and " + LATE).params(params).query(Long.class).single();
        var renewing = jdbc.sql("select distinct d.campus_id" + from + " and d.kind = 'RENOUVELLEMENT'"
                        + " and d.state <> 'RETIRE'")
                .params(params).query(Long.class).list();
        return new DossierCounts(campaign, latest.get().label(), states, late, renewing);
    }
}
