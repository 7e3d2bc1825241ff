package fr.cmq.steering.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.cmq.identity.CmqUser;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.Indicator;
import fr.cmq.steering.IndicatorSeries;

/** Indicators in JSON: the national catalogue, and a campus's measures of one indicator, read and recorded. */
@RestController
class IndicatorApiController {

    private final CampusIndicators indicators;

    IndicatorApiController(CampusIndicators indicators) {
        this.indicators = indicators;
    }

    record MeasureRequest(
            @NotNull(message = "{indicator.measure.date.required}") @Nullable LocalDate measuredOn,
            @NotNull(message = "{indicator.measure.value.required}") @Nullable BigDecimal value,
            @Size(max = 500, message = "{indicator.measure.comment.size}") @Nullable String comment) {
    }

    @GetMapping("/api/v1/indicators")
    List<Indicator> catalogue() {
        return indicators.catalogue();
    }

    /** The measures of an indicator for the campus (counted by the platform for a computed one) and its targets. */
    @GetMapping("/api/v1/campuses/{id}/indicators/{code}/measures")
    IndicatorSeries measures(@PathVariable long id, @PathVariable String code,
            @AuthenticationPrincipal @Nullable CmqUser user) {
        return indicators.series(user, id, code);
    }

    /** A dated measure, by the campus team; a computed indicator or a date already measured is refused (422). */
    @PostMapping("/api/v1/campuses/{id}/indicators/{code}/measures")
    ResponseEntity<IndicatorSeries> record(@PathVariable long id, @PathVariable String code,
            @AuthenticationPrincipal CmqUser user, @Valid @RequestBody MeasureRequest request) {
        indicators.record(user, id, code, request.measuredOn(), request.value(), request.comment());
        return ResponseEntity.created(URI.create("/api/v1/campuses/" + id + "/indicators/" + code + "/measures"))
                .body(indicators.series(user, id, code));
    }
}
