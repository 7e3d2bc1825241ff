package fr.cmq.steering.internal;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PlainText;
import fr.cmq.steering.Audience;
import fr.cmq.steering.EventDetails;
import fr.cmq.steering.EventKind;

/** An event's details once checked against its campus: what the entity takes. */
record CheckedEvent(EventKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt, @Nullable Long siteId,
        @Nullable String address, @Nullable String town, List<Audience> audiences, List<Integer> levels,
        @Nullable Long actionId, @Nullable String description, @Nullable String registrationUrl, boolean published) {

    private static final int MAX_DESCRIPTION = 4000;

    /**
     * The details as typed, checked against what the campus holds: its active members, whether the site and the
     * action named are its own.
     *
     * @throws InvalidFieldException on the first field that is wrong
     */
    static CheckedEvent of(EventDetails event, Set<Long> members, boolean siteOfTheCampus, boolean actionOfTheCampus) {
        if (event.kind() == null) {
            throw new InvalidFieldException("kind", "Choisissez le type d’événement");
        }
        String title = PlainText.blankToNull(event.title());
        if (title == null || title.length() > 300) {
            throw new InvalidFieldException("title", "Un intitulé de 300 caractères au plus");
        }
        if (event.startsAt() == null) {
            throw new InvalidFieldException("startsAt", "Date et heure de début requises");
        }
        if (event.endsAt() == null) {
            throw new InvalidFieldException("endsAt", "Date et heure de fin requises");
        }
        if (event.endsAt().isBefore(event.startsAt())) {
            throw new InvalidFieldException("endsAt", "La fin ne précède pas le début");
        }
        if (event.startsAt().getYear() < 2000 || event.endsAt().getYear() > 2100) {
            throw new InvalidFieldException("startsAt", "Des dates entre 2000 et 2100");
        }
        String address = PlainText.optional(event.address(), "address", 300);
        if (!siteOfTheCampus) {
            throw new InvalidFieldException("siteId", "Ce site n’est pas un site du campus");
        }
        if (event.siteId() == null && address == null) {
            throw new InvalidFieldException("address", "Choisissez un site du campus ou donnez une adresse");
        }
        if (event.audiences().isEmpty()) {
            throw new InvalidFieldException("audiences", "Dites à qui s’adresse l’événement");
        }
        if (event.levels().stream().anyMatch(level -> level == null || level < 3 || level > 8)) {
            throw new InvalidFieldException("levels", "Des niveaux de 3 (CAP) à 8 (doctorat)");
        }
        if (!members.containsAll(event.memberIds())) {
            throw new InvalidFieldException("memberIds", "Un des organismes impliqués ne fait pas partie du réseau du campus");
        }
        if (!actionOfTheCampus) {
            throw new InvalidFieldException("actionId", "Cette action n’est pas du plan du campus");
        }
        return new CheckedEvent(event.kind(), title, event.startsAt(), event.endsAt(), event.siteId(), address,
                PlainText.optional(event.town(), "town", 200), List.copyOf(new LinkedHashSet<>(event.audiences())),
                event.levels().stream().distinct().sorted().toList(), event.actionId(),
                PlainText.optional(event.description(), "description", MAX_DESCRIPTION), link(event.registrationUrl()), event.published());
    }

    /** A registration link people will follow from a public page: a web address, nothing else. */
    private static @Nullable String link(@Nullable String value) {
        String link = PlainText.optional(value, "registrationUrl", 500);
        if (link == null) {
            return null;
        }
        try {
            var uri = URI.create(link);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException(link);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("registrationUrl", "Une adresse web en https://…");
        }
        return link;
    }
}
