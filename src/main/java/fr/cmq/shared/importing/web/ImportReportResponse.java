package fr.cmq.shared.importing.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.importing.ImportReport;
import fr.cmq.shared.importing.ImportStatus;
import fr.cmq.shared.importing.Rejection;

/**
 * The JSON answer of an import: its counts and each refused line with its number and reason (the first 10,000 of
 * them; {@code rejected} counts them all, and the report page lists them all).
 */
record ImportReportResponse(
        long id,
        String kind,
        String fileName,
        @Nullable String checksum,
        ImportStatus status,
        int read,
        int created,
        int updated,
        int unchanged,
        int rejected,
        List<Rejection> rejections) {

    static ImportReportResponse of(ImportReport report) {
        var run = report.run();
        return new ImportReportResponse(run.id(), run.kind(), run.fileName(), run.checksum(), run.status(), run.read(),
                run.created(), run.updated(), run.unchanged(), run.rejected(), report.rejections());
    }
}
