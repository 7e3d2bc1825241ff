package fr.cmq.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.evaluation.CampusMaturity;
import fr.cmq.evaluation.Maturity;
import fr.cmq.evaluation.Maturity.RuleResult;
import fr.cmq.evaluation.Maturity.Step;
import fr.cmq.evaluation.MaturityChanged;
import fr.cmq.evaluation.MaturityPublished;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.NotFoundException;
import fr.cmq.evaluation.internal.maturity.MaturityLadder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes a campus's maturity from its facts and keeps it: the level and each rule's result, and a step of its
 * history each time the level changes. A campus's computation holds a lock of its own (an advisory lock on the
 * campus), so that two changes announced at once are computed in turn, each step written once.
 */
@Service
@Transactional
@RequiredArgsConstructor
class MaturityService implements CampusMaturity {

    private static final TypeReference<List<RuleResult>> RESULTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final CampusDirectory campuses;
    private final MaturityFactsReader facts;
    private final JsonMapper json;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;

    @Override
    @Transactional(readOnly = true)
    public Optional<Maturity> of(long campusId) {
        var history = jdbc.sql("select level, reached_at from campus_maturity_step where campus_id = :campus"
                        + " order by reached_at desc, id desc")
                .param("campus", campusId)
                .query((rs, n) -> new Step(rs.getInt("level"), rs.getTimestamp("reached_at").toInstant())).list();
        return jdbc.sql("select level, reasons::text as reasons, computed_at, published from campus_maturity"
                        + " where campus_id = :campus")
                .param("campus", campusId)
                .query((rs, n) -> new Maturity(campusId, rs.getInt("level"),
                        json.readValue(rs.getString("reasons"), RESULTS), rs.getTimestamp("computed_at").toInstant(),
                        history, rs.getBoolean("published")))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> computed() {
        return Set.copyOf(jdbc.sql("select campus_id from campus_maturity").query(Long.class).list());
    }

    @Override
    public void publish(CmqUser actor, long campusId, boolean published) {
        int changed = jdbc.sql("update campus_maturity set published = :published where campus_id = :campus")
                .param("published", published).param("campus", campusId).update();
        if (changed == 0) {
            throw new NotFoundException("Maturité du campus " + campusId + " pas encore calculée");
        }
        auditTrail.record(published ? "MATURITE_PUBLIEE" : "MATURITE_RETIREE", "campus", campusId, Map.of());
        events.publishEvent(new MaturityPublished(campusId, published));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Below> belowAtMidLabel(Set<String> regionCodes, Set<String> academieCodes, int level,
            LocalDate today) {
        if (regionCodes.isEmpty() && academieCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select c.id, c.name, m.level from campus c join campus_maturity m on m.campus_id = c.id
                        where m.level < :level and c.label_start is not null and c.label_end is not null
                          and :today >= c.label_start + (c.label_end - c.label_start) / 2 and :today <= c.label_end
                          and (c.region_code in (:regions) or exists (select 1 from campus_academie a
                                where a.campus_id = c.id and a.academie_code in (:academies)))
                        order by c.name""")
                .param("level", level).param("today", today)
                .param("regions", regionCodes.isEmpty() ? List.of("") : List.copyOf(regionCodes))
                .param("academies", academieCodes.isEmpty() ? List.of("") : List.copyOf(academieCodes))
                .query((rs, n) -> new Below(rs.getLong("id"), rs.getString("name"), rs.getInt("level"))).list();
    }

    @Override
    public Maturity recompute(long campusId) {
        var campus = campuses.get(campusId);
        jdbc.sql("select pg_advisory_xact_lock(hashtext('campus_maturity'), cast(:campus as int))")
                .param("campus", campusId).query((rs, n) -> 1).single();
        Integer before = jdbc.sql("select level from campus_maturity where campus_id = :campus")
                .param("campus", campusId).query(Integer.class).optional().orElse(null);
        var climb = MaturityLadder.climb(facts.of(campus, LocalDate.now(clock)));
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into campus_maturity (campus_id, level, reasons, computed_at)
                        values (:campus, :level, cast(:reasons as jsonb), :now)
                        on conflict (campus_id) do update
                        set level = excluded.level, reasons = excluded.reasons, computed_at = excluded.computed_at""")
                .param("campus", campusId).param("level", climb.level())
                .param("reasons", json.writeValueAsString(climb.rules())).param("now", java.sql.Timestamp.from(now))
                .update();
        if (before == null || before.intValue() != climb.level()) {
            jdbc.sql("insert into campus_maturity_step (campus_id, level, reached_at) values (:campus, :level, :now)")
                    .param("campus", campusId).param("level", climb.level()).param("now", java.sql.Timestamp.from(now))
                    .update();
            events.publishEvent(new MaturityChanged(campusId, before == null ? 0 : before, climb.level()));
        }
        return of(campusId).orElseThrow();
    }
}
