package fr.cmq.labelling.web;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.cmq.labelling.DossierLine;
import fr.cmq.shared.FrenchDates;

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
    DEADLINE(line -> line.deadline() == null ? null : FrenchDates.DAY.format(line.deadline())),
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
    UPDATED(line -> FrenchDates.MOMENT.format(line.updatedAt()));

    private final Function<DossierLine, @Nullable Object> value;

    ExportColumn(Function<DossierLine, @Nullable Object> value) {
        this.value = value;
    }

    @Nullable Object of(DossierLine line) {
        return value.apply(line);
    }
}
