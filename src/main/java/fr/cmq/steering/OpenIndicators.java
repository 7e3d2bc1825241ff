package fr.cmq.steering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.DataVersion;

/**
 * The measures of the indicators that campuses publish with their tableau de bord, read whole for the open data. The
 * indicators the platform counts itself are not stored as measures and are not in it.
 */
public interface OpenIndicators {

    /** Changes with any measure, target or publication of a tableau de bord. */
    DataVersion version();

    /** Every measure of every published tableau de bord, by campus, indicator and date. */
    void eachPublishedMeasure(Consumer<PublishedMeasure> reader);

    /** A measure and the target of its year, when one is set. */
    record PublishedMeasure(long campusId, String code, String label, String unit, LocalDate measuredOn,
            BigDecimal value, @Nullable BigDecimal target) {
    }
}
