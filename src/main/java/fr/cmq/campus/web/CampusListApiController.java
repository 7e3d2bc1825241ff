package fr.cmq.campus.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.CampusSummary;
import fr.cmq.campus.Category;
import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.caching.PublicRead;
import fr.cmq.shared.caching.Shown;
import fr.cmq.shared.MachineCsv;

/**
 * The whole list of campuses through the API, without a page limit: by a cursor ({@code after}, the last code read;
 * empty to begin), each answer giving the address of the next; or at once as CSV ({@code format=csv}), written a batch
 * at a time so that neither the list nor a connection is held for the whole download.
 */
@RestController
@RequestMapping("/api/v1/campuses")
class CampusListApiController {

    private static final int CSV_BATCH = 500;
    private static final List<String> CSV_HEADER = List.of("code", "nom", "filiere_code", "filiere", "categorie",
            "statut", "region_code", "region", "academies", "territoire", "fin_label");

    private final CampusDirectory directory;
    private final String siteUrl;

    CampusListApiController(CampusDirectory directory, CmqProperties properties) {
        this.directory = directory;
        this.siteUrl = properties.siteUrl();
    }

    /** One batch of the list and the address of the next; {@code next} is null after the last. */
    record CursorPage(List<CampusListItem> content, @Nullable String nextCursor, @Nullable String next) {
    }

    @GetMapping(params = "after")
    @PublicRead(Shown.CAMPUSES)
    CursorPage batch(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(required = false) @Nullable Category category,
            @RequestParam(required = false) @Nullable CampusStatus status,
            @RequestParam String after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        var search = new CampusSearch(q, filiere, region, academie, category, status, false);
        var batch = directory.after(search, after.isBlank() ? null : after, size);
        String last = batch.size() < size ? null : batch.getLast().code();
        String next = last == null ? null : UriComponentsBuilder.fromUriString(siteUrl + "/api/v1/campuses")
                .queryParamIfPresent("q", present(q)).queryParamIfPresent("filiere", present(filiere))
                .queryParamIfPresent("region", present(region)).queryParamIfPresent("academie", present(academie))
                .queryParamIfPresent("category", Optional.ofNullable(category))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParam("after", last).queryParam("size", size).encode().build().toUriString();
        return new CursorPage(batch.stream().map(CampusListItem::of).toList(), last, next);
    }

    @GetMapping(params = "format=csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String filiere,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String academie,
            @RequestParam(required = false) @Nullable Category category,
            @RequestParam(required = false) @Nullable CampusStatus status) {
        var search = new CampusSearch(q, filiere, region, academie, category, status, false);
        StreamingResponseBody body = out -> {
            try (var csv = MachineCsv.writer(out)) {
                csv.writeRecord(CSV_HEADER);
                String after = null;
                List<CampusSummary> batch;
                do {
                    batch = directory.after(search, after, CSV_BATCH);
                    for (CampusSummary campus : batch) {
                        csv.writeRecord(Stream.of(campus.code(), campus.name(),
                                campus.filiere().code(), campus.filiere().label(), campus.category(), campus.status(),
                                campus.regionCode(), campus.regionName(), campus.academies(),
                                campus.territoryDescription(), campus.labelEnd()).map(MachineCsv::cell).toList());
                    }
                    after = batch.isEmpty() ? after : batch.getLast().code();
                } while (batch.size() == CSV_BATCH);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(MachineCsv.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campus.csv\"").body(body);
    }

    private static Optional<String> present(@Nullable String value) {
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
