package fr.cmq.steering;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.importing.ImportReport;

/**
 * The indicators of the national catalogue, those each campus follows with a target per year, and their measures.
 * The national administration keeps the catalogue; a campus team records measures and targets; its pilots read them.
 */
public interface CampusIndicators {

    List<Indicator> catalogue();

    /** Adds or changes an indicator of the catalogue: the national administration only. */
    void define(CmqUser admin, Indicator indicator);

    /** The measures of one indicator for a campus: typed ones, or for a computed indicator the platform's count by year. */
    IndicatorSeries series(@Nullable CmqUser viewer, long campusId, String code);

    /**
     * The tableau de bord: every indicator the campus follows with its measures (date and value, without their
     * comments) and targets, in a fixed number of queries.
     */
    List<IndicatorSeries> dashboard(@Nullable CmqUser viewer, long campusId);

    /** The tableau de bord for everyone when the campus publishes it, else nothing. */
    List<IndicatorSeries> publicDashboard(long campusId);

    boolean published(long campusId);

    /** The campus team shows its tableau de bord on the campus's public page, or stops showing it. */
    void publish(CmqUser actor, long campusId, boolean published);

    /** @throws fr.cmq.shared.RuleViolationException for a computed indicator, or a date already measured */
    void record(CmqUser actor, long campusId, String code, LocalDate measuredOn, BigDecimal value,
            @Nullable String comment);

    /** Another value (and comment) for a measure already recorded at that date, traced with the value it replaces. */
    void correct(CmqUser actor, long campusId, String code, LocalDate measuredOn, BigDecimal value,
            @Nullable String comment);

    void removeMeasure(CmqUser actor, long campusId, String code, LocalDate measuredOn);

    void setTarget(CmqUser actor, long campusId, String code, int year, BigDecimal value);

    /** The campus follows this indicator of the catalogue. */
    void follow(CmqUser actor, long campusId, String code);

    /**
     * The measures of a campus from a CSV file (its team only): refused lines are reported with their number and
     * reason, the others applied in one transaction; a line imported again replaces its measure.
     */
    ImportReport importMeasures(CmqUser actor, long campusId, String fileName, Path file);

    /** The codes of the indicators the campus follows. */
    List<String> followedBy(long campusId);
}
