package fr.cmq.steering.web;

import static fr.cmq.identity.CampusAction.EDIT;
import static fr.cmq.identity.CampusAction.READ_PRIVATE;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Requires;
import fr.cmq.shared.importing.web.CsvUploads;
import fr.cmq.shared.web.SingleLine;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.Indicator;
import fr.cmq.steering.IndicatorSeries;

/** Indicators in JSON: the national catalogue, and a campus's measures of one indicator, read and recorded. */
@RestController
@RequiredArgsConstructor
class IndicatorApiController {

    private final CampusIndicators indicators;
    private final CsvUploads csvUploads;

    record MeasureRequest(
            @NotNull(message = "{indicator.measure.date.required}") @Nullable LocalDate measuredOn,
            @NotNull(message = "{indicator.measure.value.required}") @Nullable BigDecimal value,
            @SingleLine @Size(max = 500, message = "{indicator.measure.comment.size}") @Nullable String comment) {
    }

    record CorrectionRequest(
            @NotNull(message = "{indicator.measure.value.required}") @Nullable BigDecimal value,
            @SingleLine @Size(max = 500, message = "{indicator.measure.comment.size}") @Nullable String comment) {
    }

    /**
     * Measures from a CSV file ({@code file}, multipart): the report of the run with each refused line; 422 when the
     * file itself is refused (nothing applied).
     */
    @PostMapping("/api/v1/campuses/{id}/indicators/import")
    @Requires(EDIT)
    ResponseEntity<?> importMeasures(@PathVariable long id, @AuthenticationPrincipal CmqUser user,
            @RequestParam(value = "file", required = false) @Nullable MultipartFile file) throws IOException {
        return csvUploads.answer(file, "mesures.csv", "Joignez le fichier CSV des mesures (champ file)",
                (name, kept) -> indicators.importMeasures(user, id, name, kept), report -> report);
    }

    @GetMapping("/api/v1/indicators")
    List<Indicator> catalogue() {
        return indicators.catalogue();
    }

    /** The measures of an indicator for the campus (counted by the platform for a computed one) and its targets. */
    @GetMapping("/api/v1/campuses/{id}/indicators/{code}/measures")
    @Requires(READ_PRIVATE)
    IndicatorSeries measures(@PathVariable long id, @PathVariable String code,
            @AuthenticationPrincipal @Nullable CmqUser user) {
        return indicators.series(user, id, code);
    }

    /** A dated measure, by the campus team; a computed indicator or a date already measured is refused (422). */
    @PostMapping("/api/v1/campuses/{id}/indicators/{code}/measures")
    @Requires(EDIT)
    ResponseEntity<IndicatorSeries> record(@PathVariable long id, @PathVariable String code,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody MeasureRequest request) {
        indicators.record(user, id, code, request.measuredOn(), request.value(), request.comment());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/indicators/" + code + "/measures"))
                .body(indicators.series(user, id, code));
    }

    /** Another value for the measure of that date (404 when there is none): the value replaced stays in the audit. */
    @PutMapping("/api/v1/campuses/{id}/indicators/{code}/measures/{date}")
    @Requires(EDIT)
    IndicatorSeries correct(@PathVariable long id, @PathVariable String code,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody CorrectionRequest request) {
        indicators.correct(user, id, code, date, request.value(), request.comment());
        return indicators.series(user, id, code);
    }

    @DeleteMapping("/api/v1/campuses/{id}/indicators/{code}/measures/{date}")
    @Requires(EDIT)
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable String code,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal CmqUser user) {
        indicators.removeMeasure(user, id, code, date);
        return ResponseEntity.noContent().build();
    }
}
