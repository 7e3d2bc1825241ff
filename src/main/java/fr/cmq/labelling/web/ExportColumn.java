package fr.cmq.labelling.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.cmq.labelling.DossierLine;

/**
 * The columns a user may pick for the export of dossiers, in their order; each header is {@code export.column.NAME}.
 * The enum values (state, kind, verdict) are written by their code, stable for whoever reads the file again.
 */
enum ExportColumn {
    CAMPUS(DossierLine::campus),
    REGION(DossierLine::regionCode),
    ACADEMIES(DossierLine::academieCodes),
    CAMPAIGN(DossierLine::campaign),
    KIND(DossierLine::kind),
    STATE(DossierLine::state),
    ANSWERED(line -> line.answered() + "/" + line.criteria()),
    DEADLINE(line -> line.deadline() == null ? null : Formats.DAY.format(line.deadline())),
    SIGNED_BY(DossierLine::signedBy),
    ACADEMIE_COSIGNED_BY(DossierLine::academieCosignedBy),
    REGION_COSIGNED_BY(DossierLine::regionCosignedBy),
    CAEN(DossierLine::caen),
    CREFOP(DossierLine::crefop),
    EXPERTS(DossierLine::experts),
    REPORTS(DossierLine::reports),
    GRANTED(line -> line.granted() == null ? null : line.granted() ? "oui" : "non"),
    CATEGORY(DossierLine::category),
    DURATION(DossierLine::durationYears),
    NOR(DossierLine::nor),
    UPDATED(line -> Formats.MOMENT.format(line.updatedAt()));

    private final Function<DossierLine, @Nullable Object> value;

    ExportColumn(Function<DossierLine, @Nullable Object> value) {
        this.value = value;
    }

    @Nullable Object of(DossierLine line) {
        return value.apply(line);
    }

    /** Held apart: an enum's constants are built before its own static fields. */
    private static final class Formats {
        static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .withZone(ZoneId.of("Europe/Paris"));
    }
}
