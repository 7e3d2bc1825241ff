package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.importing.ImportEngine;
import fr.cmq.shared.importing.ImportReport;
import fr.cmq.shared.importing.ImportStatus;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.Indicator;
import fr.cmq.steering.IndicatorSeries;
import fr.cmq.steering.SteeringEvent;

/** Keeps the catalogue and the campuses' measures; counts the computed indicators from the platform's own tables. */
@Service
@Transactional
class IndicatorService implements CampusIndicators {

    private static final String AUDITED = "campus";
    /** How many years a computed indicator goes back, this one included. */
    private static final BigDecimal MAX_FIGURE = new BigDecimal("999999999999");

    private final JdbcClient jdbc;
    private final IndicatorRows rows;
    private final CampusDirectory campuses;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ImportEngine importEngine;
    private final TransactionTemplate transaction;

    IndicatorService(JdbcClient jdbc, IndicatorRows rows, CampusDirectory campuses, Guard guard, AuditTrail auditTrail,
            ApplicationEventPublisher events, Clock clock, ImportEngine importEngine,
            PlatformTransactionManager transactions) {
        this.importEngine = importEngine;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.rows = rows;
        this.campuses = campuses;
        this.guard = guard;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Indicator> catalogue() {
        return jdbc.sql("select code, label, unit, higher_is_better, method, computed from indicator order by position, code")
                .query((rs, n) -> new Indicator(rs.getString("code"), rs.getString("label"), rs.getString("unit"),
                        rs.getBoolean("higher_is_better"), rs.getString("method"),
                        rs.getString("computed") == null ? null : Indicator.ComputedFrom.valueOf(rs.getString("computed"))))
                .list();
    }

    @Override
    public void define(CmqUser admin, Indicator indicator) {
        guard.requireNationalAdministration(admin);
        if (!indicator.code().matches("[A-Z0-9_]{2,40}")) {
            throw new InvalidFieldException("code", "Un code de 2 à 40 lettres majuscules, chiffres ou _");
        }
        if (PlainText.blankToNull(indicator.label()) == null || PlainText.blankToNull(indicator.unit()) == null) {
            throw new InvalidFieldException("label", "Un libellé et une unité");
        }
        jdbc.sql("insert into indicator (code, label, unit, higher_is_better, method, computed, position)"
                        + " values (:code, :label, :unit, :higher, :method, :computed,"
                        + " (select coalesce(max(position), 0) + 1 from indicator where computed is null))"
                        + " on conflict (code) do update set label = excluded.label, unit = excluded.unit,"
                        + " higher_is_better = excluded.higher_is_better, method = excluded.method,"
                        + " computed = excluded.computed")
                .param("code", indicator.code()).param("label", indicator.label().strip())
                .param("unit", indicator.unit().strip()).param("higher", indicator.higherIsBetter())
                .param("method", PlainText.blankToNull(indicator.method()))
                .param("computed", indicator.computed() == null ? null : indicator.computed().name()).update();
        auditTrail.record("INDICATEUR_CATALOGUE", "indicator", indicator.code(), Map.of("libelle", indicator.label()));
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorSeries series(@Nullable CmqUser viewer, long campusId, String code) {
        guard.require(viewer, campusId, CampusAction.READ_PRIVATE);
        return rows.series(campusId, indicator(code));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorSeries> dashboard(@Nullable CmqUser viewer, long campusId) {
        guard.require(viewer, campusId, CampusAction.READ_PRIVATE);
        return rows.all(campusId, catalogue(), followedBy(campusId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorSeries> publicDashboard(long campusId) {
        return published(campusId) ? rows.all(campusId, catalogue(), followedBy(campusId)) : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean published(long campusId) {
        return jdbc.sql("select exists (select 1 from dashboard_publication where campus_id = :campus)")
                .param("campus", campusId).query(Boolean.class).single();
    }

    @Override
    public void publish(CmqUser actor, long campusId, boolean published) {
        keep(actor, campusId);
        int changed = published
                ? jdbc.sql("insert into dashboard_publication (campus_id, published_by) values (:campus, :by)"
                        + " on conflict do nothing").param("campus", campusId).param("by", actor.email()).update()
                : jdbc.sql("delete from dashboard_publication where campus_id = :campus").param("campus", campusId)
                        .update();
        if (changed > 0) {
            auditTrail.record(published ? "PUBLICATION_TABLEAU_DE_BORD" : "RETRAIT_TABLEAU_DE_BORD", AUDITED, campusId,
                    Map.of());
            events.publishEvent(new SteeringEvent.IndicatorsChanged(campusId));
        }
    }

    @Override
    public void record(CmqUser actor, long campusId, String code, LocalDate measuredOn, BigDecimal value,
            @Nullable String comment) {
        keep(actor, campusId);
        var indicator = indicator(code);
        if (indicator.computed() != null) {
            throw new RuleViolationException("rule.indicator.computed", indicator.label());
        }
        if (measuredOn.isAfter(LocalDate.now(clock)) || measuredOn.getYear() < 2000) {
            throw new InvalidFieldException("measuredOn", "Une mesure date d’aujourd’hui ou d’avant");
        }
        var checked = figure(value, "value");
        String note = PlainText.blankToNull(comment);
        if (note != null && note.length() > 500) {
            throw new InvalidFieldException("comment", "500 caractères au plus");
        }
        int inserted = jdbc.sql("insert into indicator_measure (campus_id, code, measured_on, value, comment, recorded_by)"
                        + " values (:campus, :code, :on, :value, :comment, :by) on conflict do nothing")
                .param("campus", campusId).param("code", code).param("on", measuredOn).param("value", checked)
                .param("comment", note).param("by", actor.email()).update();
        if (inserted == 0) {
            throw new RuleViolationException("rule.indicator.measured", indicator.label(), measuredOn.toString());
        }
        follow(campusId, code);
        auditTrail.record("MESURE_INDICATEUR", AUDITED, campusId, Map.of("indicateur", code,
                "date", measuredOn.toString(), "valeur", checked.toPlainString()));
        events.publishEvent(new SteeringEvent.IndicatorsChanged(campusId));
    }

    @Override
    public void correct(CmqUser actor, long campusId, String code, LocalDate measuredOn, BigDecimal value,
            @Nullable String comment) {
        keep(actor, campusId);
        var indicator = indicator(code);
        var checked = figure(value, "value");
        String note = PlainText.blankToNull(comment);
        if (note != null && note.length() > 500) {
            throw new InvalidFieldException("comment", "500 caractères au plus");
        }
        var before = jdbc.sql("update indicator_measure m set value = :value, comment = :comment, recorded_by = :by,"
                        + " recorded_at = now() from indicator_measure old where m.id = old.id and m.campus_id = :campus"
                        + " and m.code = :code and m.measured_on = :on returning old.value")
                .param("value", checked).param("comment", note).param("by", actor.email()).param("campus", campusId)
                .param("code", code).param("on", measuredOn).query(BigDecimal.class).optional()
                .orElseThrow(() -> new NotFoundException("Pas de mesure de « " + indicator.label() + " » au " + measuredOn));
        auditTrail.record("CORRECTION_MESURE", AUDITED, campusId, Map.of("indicateur", code,
                "date", measuredOn.toString(), "avant", before.toPlainString(), "valeur", checked.toPlainString()));
        events.publishEvent(new SteeringEvent.IndicatorsChanged(campusId));
    }

    @Override
    public void removeMeasure(CmqUser actor, long campusId, String code, LocalDate measuredOn) {
        keep(actor, campusId);
        var indicator = indicator(code);
        var removed = jdbc.sql("delete from indicator_measure where campus_id = :campus and code = :code"
                        + " and measured_on = :on returning value")
                .param("campus", campusId).param("code", code).param("on", measuredOn).query(BigDecimal.class).optional()
                .orElseThrow(() -> new NotFoundException("Pas de mesure de « " + indicator.label() + " » au " + measuredOn));
        auditTrail.record("RETRAIT_MESURE", AUDITED, campusId, Map.of("indicateur", code,
                "date", measuredOn.toString(), "valeur", removed.toPlainString()));
        events.publishEvent(new SteeringEvent.IndicatorsChanged(campusId));
    }

    @Override
    public void setTarget(CmqUser actor, long campusId, String code, int year, BigDecimal value) {
        keep(actor, campusId);
        indicator(code);
        if (year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "Une année de 2000 à 2100");
        }
        var checked = figure(value, "value");
        jdbc.sql("insert into indicator_target (campus_id, code, year, value) values (:campus, :code, :year, :value)"
                        + " on conflict (campus_id, code, year) do update set value = excluded.value")
                .param("campus", campusId).param("code", code).param("year", year).param("value", checked).update();
        follow(campusId, code);
        auditTrail.record("CIBLE_INDICATEUR", AUDITED, campusId, Map.of("indicateur", code, "annee", year,
                "valeur", checked.toPlainString()));
        events.publishEvent(new SteeringEvent.IndicatorsChanged(campusId));
    }

    @Override
    public void follow(CmqUser actor, long campusId, String code) {
        keep(actor, campusId);
        indicator(code);
        follow(campusId, code);
    }

    /** Outside any transaction: the import engine runs its own, and records a refused file in another. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ImportReport importMeasures(CmqUser actor, long campusId, String fileName, Path file) {
        keep(actor, campusId);
        var byCode = catalogue().stream().collect(Collectors.toMap(Indicator::code, indicator -> indicator));
        var importer = new MeasureImporter(campusId, actor.email(), byCode, LocalDate.now(clock));
        var report = importEngine.importFile(importer, fileName, file, actor.email(), ImportEngine.ProgressListener.NONE);
        if (report.run().status() != ImportStatus.ECHEC) {
            // in a transaction of its own, so that the change reaches its listeners once committed
            transaction.executeWithoutResult(status -> {
                jdbc.sql("insert into campus_indicator (campus_id, code) select distinct campus_id, code"
                                + " from indicator_measure where campus_id = :campus on conflict do nothing")
                        .param("campus", campusId).update();
                auditTrail.record("IMPORT_MESURES", AUDITED, campusId, Map.of("fichier", fileName,
                        "creees", report.run().created(), "modifiees", report.run().updated(),
                        "refusees", report.run().rejected()));
                events.publishEvent(new SteeringEvent.IndicatorsChanged(campusId));
            });
        }
        return report;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> followedBy(long campusId) {
        return jdbc.sql("select ci.code from campus_indicator ci join indicator i on i.code = ci.code"
                        + " where ci.campus_id = :campus order by i.position, i.code")
                .param("campus", campusId).query(String.class).list();
    }

    private void follow(long campusId, String code) {
        jdbc.sql("insert into campus_indicator (campus_id, code) values (:campus, :code) on conflict do nothing")
                .param("campus", campusId).param("code", code).update();
    }

    private Indicator indicator(String code) {
        return catalogue().stream().filter(indicator -> indicator.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Indicateur « " + code + " » absent du catalogue"));
    }

    private void keep(CmqUser actor, long campusId) {
        guard.require(actor, campusId, CampusAction.EDIT);
    }

    /** A figure of an indicator: a count, a rate or an amount, at most two decimals, not negative. */
    private static BigDecimal figure(BigDecimal value, String field) {
        if (value.signum() < 0 || value.compareTo(MAX_FIGURE) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(field, "Une valeur de 0 à 999 999 999 999, au centième près");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
