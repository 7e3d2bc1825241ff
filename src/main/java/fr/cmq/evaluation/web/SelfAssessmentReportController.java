package fr.cmq.evaluation.web;

import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import fr.cmq.evaluation.SelfAssessmentReport;
import fr.cmq.evaluation.SelfAssessmentReports;
import fr.cmq.identity.Requires;
import fr.cmq.shared.web.PdfDownload;
import fr.cmq.shared.web.XlsxDownload;

/**
 * The report of a self-evaluation, for those who read the campus's private data: as a PDF for the renewal's dossier
 * (cover, maturity and its reasons, the synthesis per domain with its chart, each référence with its facts, the
 * signatures), and as a workbook of one row per référence. The same at the pages' and the API's addresses.
 */
@Controller
@RequiredArgsConstructor
class SelfAssessmentReportController {

    private final SelfAssessmentReports reports;
    private final PdfDownload pdfs;
    private final MessageSource messages;

    @GetMapping({ "/campus/{id}/auto-evaluation/{evaluationId}/rapport.pdf",
            "/api/v1/campuses/{id}/self-evaluations/{evaluationId}/report.pdf" })
    @Requires(READ_PRIVATE)
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long evaluationId) {
        var report = reports.of(id, evaluationId);
        var variables = new java.util.HashMap<String, Object>(Map.of("report", report));
        if (report.maturity() != null) {
            variables.put("reasons", MaturityReasons.of(report.maturity(), messages));
        }
        return pdfs.of("auto-evaluation-" + id + "-" + evaluationId + ".pdf", "evaluation/report-pdf", variables);
    }

    @GetMapping({ "/campus/{id}/auto-evaluation/{evaluationId}/rapport.xlsx",
            "/api/v1/campuses/{id}/self-evaluations/{evaluationId}/report.xlsx" })
    @Requires(READ_PRIVATE)
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long evaluationId) {
        var report = reports.of(id, evaluationId);
        var header = List.of("domain", "field", "reference", "title", "self", "selfComment", "facts", "external",
                "externalComment", "gap").stream().map(column -> say("report.col." + column)).toList();
        return XlsxDownload.of("auto-evaluation-" + id + "-" + evaluationId + ".xlsx", say("report.title"), header,
                rows(report));
    }

    private List<List<@Nullable Object>> rows(SelfAssessmentReport report) {
        var rows = new ArrayList<List<@Nullable Object>>();
        var lines = report.comparison().lines().iterator();
        for (var domain : report.framework().domains()) {
            for (var field : domain.fields()) {
                for (var reference : field.references()) {
                    var line = lines.next();
                    var facts = report.evidenceOf(reference.code()).stream()
                            .map(fact -> say("factkind." + fact.kind()) + " — " + messages.getMessage(fact.key(),
                                    fact.args(), Locale.FRANCE))
                            .toList();
                    var row = new ArrayList<@Nullable Object>();
                    row.add(domain.number() + " " + domain.title());
                    row.add(field.code() + " " + field.title());
                    row.add(reference.code());
                    row.add(reference.title());
                    row.add(line.self());
                    row.add(line.selfComment());
                    row.add(String.join("\n", facts));
                    row.add(line.external());
                    row.add(line.externalComment());
                    row.add(line.gap());
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private String say(String key) {
        return messages.getMessage(key, null, Locale.FRANCE);
    }
}
