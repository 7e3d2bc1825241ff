package fr.cmq.steering.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;

import fr.cmq.shared.FrenchDates;
import fr.cmq.steering.AgendaEvent;
import fr.cmq.steering.EventKind;

/**
 * Events as an iCalendar feed (RFC 5545) that a calendar subscribes to: each event once, by a stable UID, its times
 * in UTC so that every calendar shows them in its own zone.
 */
final class IcsFeed {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private IcsFeed() {
    }

    static ResponseEntity<String> of(String name, String fileName, List<AgendaEvent> events, String siteUrl,
            Function<EventKind, String> kindNames) {
        var calendar = new ICalendar();
        calendar.setProductId("-//Campus des métiers et des qualifications//Agenda//FR");
        calendar.setMethod(Method.publish());
        calendar.setName(name);
        for (AgendaEvent event : events) {
            var entry = new VEvent();
            entry.setUid("evenement-" + event.id() + "@campus-metiers-qualifications");
            entry.setSummary(event.title());
            entry.setDateStart(date(event.startsAt()), true);
            entry.setDateEnd(date(event.endsAt()), true);
            String place = String.join(", ", Stream.of(event.place(), event.town())
                    .filter(Objects::nonNull).toList());
            if (!place.isEmpty()) {
                entry.setLocation(place);
            }
            entry.setDescription((event.description() == null ? "" : event.description() + "\n\n") + event.campusName());
            entry.setUrl(siteUrl + "/evenements/" + event.id());
            entry.addCategories(kindNames.apply(event.kind()));
            calendar.addEvent(entry);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .contentType(CALENDAR)
                .body(folded(Biweekly.write(calendar).foldLines(false).go()));
    }

    /**
     * Lines longer than 75 octets folded as RFC 5545 asks — by octets, not characters, and never inside a character:
     * an accented text folded by characters makes lines too long for a strict reader.
     */
    static String folded(String ics) {
        var out = new StringBuilder(ics.length() + ics.length() / 60);
        for (String line : ics.split("\r\n", -1)) {
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.substring(0, out.length() - 2);
    }

    private static Date date(LocalDateTime local) {
        return Date.from(local.atZone(FrenchDates.FRANCE).toInstant());
    }
}
