package fr.cmq.steering.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import fr.cmq.shared.FrenchDates;
import fr.cmq.steering.AgendaEvent;

/**
 * An event of the public agenda as its card says it, its sentences made once here: the template then reads each by
 * name, where the dates to format, the messages to fill and the audiences to join were most of the agenda's time.
 */
record AgendaCard(long id, long campusId, String campusName, String title, @Nullable String description, String kind,
        String when, String place, String audiences, @Nullable String registrationUrl, String registerTitle) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.FRANCE);

    static AgendaCard of(AgendaEvent event, MessageSource messages) {
        String audiences = event.audiences().stream()
                .map(audience -> message(messages, "audience." + audience.name()))
                .collect(Collectors.joining(", "));
        String place = (event.place() != null ? event.place() : "") + (event.town() != null ? ", " + event.town() : "");
        return new AgendaCard(event.id(), event.campusId(), event.campusName(), event.title(), event.description(),
                message(messages, "eventkind." + event.kind()),
                message(messages, "agenda.when", DAY.format(event.startsAt()), FrenchDates.time(event.startsAt()),
                        END.format(event.endsAt())),
                place, message(messages, "agenda.for", audiences), event.registrationUrl(),
                message(messages, "agenda.register.title", event.title()));
    }

    private static String message(MessageSource messages, String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
