package fr.cmq.labelling.internal;

import static fr.cmq.labelling.internal.DossierSql.ANSWERED;
import static fr.cmq.labelling.internal.DossierSql.LATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.Category;
import fr.cmq.identity.CampusScope;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.DossierFilter;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.DossierLine;
import fr.cmq.labelling.DossierLists;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.DossierSummary;
import fr.cmq.labelling.NextStep;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.PageResponse;

/** The dossiers a user sees, read as lists: each in one query, whatever the number of dossiers. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DossierListQueries implements DossierLists {

    private final TransitionRules rules;
    private final Guard guard;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    public PageResponse<DossierSummary> dossiers(CmqUser viewer, DossierFilter filter, int page, int size) {
        var params = new HashMap<String, Object>();
        String where = where(viewer, filter, params);
        params.put("limit", size);
        params.put("offset", PageResponse.offset(page, size));
        var total = new long[1];
        var rows = jdbc.sql("select d.id, d.campus_id, ca.name as campus_name, c.title as campaign, d.kind, d.state,"
                        + " " + LATE + " as late,"
                        + " count(*) over () as total from dossier d join campaign c on c.id = d.campaign_id"
                        + " join campus ca on ca.id = d.campus_id" + where
                        + " order by c.opens_on desc, d.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new DossierSummary(rs.getLong("id"),
                            new DossierSummary.CampusRef(rs.getLong("campus_id"), rs.getString("campus_name")),
                            rs.getString("campaign"), DossierKind.valueOf(rs.getString("kind")),
                            DossierState.valueOf(rs.getString("state")), rs.getBoolean("late"));
                }).list();
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql("select count(*) from dossier d join campaign c on c.id = d.campaign_id"
                            + " join campus ca on ca.id = d.campus_id" + where)
                    .params(params).query(Long.class).single();
        }
        return PageResponse.of(rows, page, size, total[0]);
    }

    @Override
    public List<DossierLine> export(CmqUser viewer, DossierFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("sealedListed", false);
        String where = where(viewer, filter, params);
        return jdbc.sql("select d.id, ca.name as campus, ca.region_code, c.title as campaign, d.kind, d.state,"
                        + " coalesce(d.deadline_extended_to, c.deposit_deadline) as deadline, d.signed_by,"
                        + " d.academie_cosigned_by, d.region_cosigned_by, d.granted, d.category, d.duration_years, d.nor,"
                        + " d.updated_at,"
                        + " array_to_string(array(select x.academie_code from campus_academie x"
                        + "   where x.campus_id = ca.id order by 1), ', ') as academies,"
                        + " (select count(*) from grid_criterion g where g.grid_id = c.grid_id) as criteria,"
                        + " " + ANSWERED + " as answered,"
                        + " (select o.verdict from dossier_opinion o where o.dossier_id = d.id and o.body = 'CAEN') as caen,"
                        + " (select o.verdict from dossier_opinion o where o.dossier_id = d.id and o.body = 'CREFOP')"
                        + "   as crefop,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id) as experts,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id"
                        + "   and a.submitted_at is not null) as reports"
                        + " from dossier d join campaign c on c.id = d.campaign_id join campus ca on ca.id = d.campus_id"
                        + where + " order by c.opens_on desc, ca.name, d.id limit 10000")
                .params(params)
                .query((rs, n) -> new DossierLine(rs.getLong("id"), rs.getString("campus"), rs.getString("region_code"),
                        rs.getString("academies"), rs.getString("campaign"), DossierKind.valueOf(rs.getString("kind")),
                        DossierState.valueOf(rs.getString("state")), rs.getInt("answered"), rs.getInt("criteria"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("signed_by"),
                        rs.getString("academie_cosigned_by"), rs.getString("region_cosigned_by"),
                        rs.getString("caen") == null ? null : Verdict.valueOf(rs.getString("caen")),
                        rs.getString("crefop") == null ? null : Verdict.valueOf(rs.getString("crefop")),
                        rs.getInt("experts"), rs.getInt("reports"), rs.getObject("granted", Boolean.class),
                        rs.getString("category") == null ? null : Category.valueOf(rs.getString("category")),
                        rs.getObject("duration_years", Integer.class), rs.getString("nor"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    @Override
    public List<NextStep> nextSteps(CmqUser user) {
        var params = new HashMap<String, Object>();
        String visible = visibleTo(user, params);
        params.put("viewer", user.email());
        var steps = new ArrayList<NextStep>();
        jdbc.sql("select d.id, d.state, d.academie_cosigned_by, d.region_cosigned_by, ca.id as campus_id,"
                        + " ca.name as campus_name, ca.region_code,"
                        + " coalesce(d.deadline_extended_to, c.deposit_deadline) as deadline, c.review_deadline,"
                        + " array(select x.academie_code from campus_academie x where x.campus_id = ca.id) as academies,"
                        + " (select count(*) from grid_criterion g where g.grid_id = c.grid_id)"
                        + "   - " + ANSWERED + " as unanswered,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id) as experts,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id"
                        + "   and a.submitted_at is null) as reports_missing,"
                        + " (select a.submitted_at is null from expert_assignment a join expert e on e.id = a.expert_id"
                        + "   where a.dossier_id = d.id and lower(e.email) = lower(:viewer)) as own_review_pending"
                        + " from dossier d join campaign c on c.id = d.campaign_id join campus ca on ca.id = d.campus_id"
                        + " where d.state not in ('DECIDE', 'RETIRE') and (" + visible + ") order by d.id")
                .params(params)
                .query((rs, n) -> {
                    var state = DossierState.valueOf(rs.getString("state"));
                    var scope = new CampusScope(rs.getLong("campus_id"), Set.of((String[]) rs.getArray("academies")
                            .getArray()), rs.getString("region_code"));
                    var progress = new TransitionRules.Progress(rs.getInt("unanswered"), rs.getInt("experts"),
                            rs.getInt("reports_missing"), rs.getObject("own_review_pending", Boolean.class),
                            new TransitionRules.Signatures(rs.getString("academie_cosigned_by") != null,
                                    rs.getString("region_cosigned_by") != null));
                    var kind = rules.nextStep(user, state, scope, progress);
                    if (kind.isPresent()) {
                        var due = rs.getObject(kind.get() == NextStep.Kind.REVIEW ? "review_deadline" : "deadline",
                                LocalDate.class);
                        steps.add(new NextStep(kind.get(), rs.getLong("id"), rs.getString("campus_name"), state, due,
                                progress.unanswered()));
                    }
                    return n;
                }).list();
        return steps;
    }

    /** The {@code where} of the dossiers this user may see, by the list's filter. */
    private String where(CmqUser viewer, DossierFilter filter, Map<String, Object> params) {
        var where = new StringBuilder(" where (").append(visibleTo(viewer, params)).append(")");
        if (filter.campaignId() != null) {
            where.append(" and d.campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        }
        if (filter.state() != null) {
            where.append(" and d.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.regionCode() != null) {
            where.append(" and ca.region_code = :regionCode");
            params.put("regionCode", filter.regionCode());
        }
        if (filter.academieCode() != null) {
            where.append(" and exists (select 1 from campus_academie y where y.campus_id = ca.id"
                    + " and y.academie_code = :academieCode)");
            params.put("academieCode", filter.academieCode());
        }
        if (filter.filiereCode() != null) {
            where.append(" and ca.filiere_code = :filiereCode");
            params.put("filiereCode", filter.filiereCode());
        }
        if (filter.late()) {
            where.append(" and ").append(LATE);
        }
        params.put("today", LocalDate.now(clock));
        return where.toString();
    }

    /** The SQL condition on {@code d} (dossier) and {@code ca} (campus) of the dossiers this user may see. */
    private String visibleTo(CmqUser viewer, Map<String, Object> params) {
        var readable = guard.readableBy(viewer);
        if (readable.everywhere()) {
            return "true";
        }
        var conditions = new ArrayList<String>();
        // an expert sees its dossiers listed, but exported (with their signatures and avis) once it declared no conflict
        conditions.add("exists (select 1 from expert_assignment a join expert e on e.id = a.expert_id"
                + " where a.dossier_id = d.id and lower(e.email) = lower(:viewer)"
                + " and (a.no_conflict_declared_at is not null or :sealedListed))");
        params.put("viewer", viewer.email());
        params.putIfAbsent("sealedListed", true);
        if (!readable.campusIds().isEmpty()) {
            conditions.add("ca.id in (:campuses)");
            params.put("campuses", readable.campusIds());
        }
        if (!readable.regionCodes().isEmpty()) {
            conditions.add("ca.region_code in (:regions)");
            params.put("regions", readable.regionCodes());
        }
        if (!readable.academieCodes().isEmpty()) {
            conditions.add("exists (select 1 from campus_academie x where x.campus_id = ca.id"
                    + " and x.academie_code in (:academies))");
            params.put("academies", readable.academieCodes());
        }
        return String.join(" or ", conditions);
    }
}
