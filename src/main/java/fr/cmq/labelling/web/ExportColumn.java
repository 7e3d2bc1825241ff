package fr.cmq.labelling.web;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.cmq.labelling.DossierLine;

/**
 * The columns a user may pick for the export of dossiers, in their order; each header is {@code export.column.NAME}.
 * A person reads names (the région's, the state's, the kind's, the verdict's); the columns ending in {@code _CODE}
 * give the codes beside them, stable for whoever reads the file again by program. Days and moments stay typed: the
 * file's convention writes them.
 */
enum ExportColumn {
    CAMPUS(DossierLine::campus),
    REGION(DossierLine::regionCode),
    REGION_CODE(DossierLine::regionCode),
    ACADEMIES(DossierLine::academieCodes),
    CAMPAIGN(DossierLine::campaign),
    KIND(DossierLine::kind),
    KIND_CODE(line -> line.kind().name()),
    STATE(DossierLine::state),
    STATE_CODE(line -> line.state().name()),
    ANSWERED(line -> line.answered() + "/" + line.criteria()),
    DEADLINE(DossierLine::deadline),
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
    UPDATED(DossierLine::updatedAt);

    private final Function<DossierLine, @Nullable Object> value;

    ExportColumn(Function<DossierLine, @Nullable Object> value) {
        this.value = value;
    }

    @Nullable Object of(DossierLine line) {
        return value.apply(line);
    }
}
