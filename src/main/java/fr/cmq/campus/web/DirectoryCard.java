package fr.cmq.campus.web;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import fr.cmq.campus.Category;
import fr.cmq.campus.CampusSummary;
import fr.cmq.shared.FrenchDates;

/**
 * A campus of the directory as its card says it, its sentences made once here (status, category, territory, label
 * end) and read by name by the template; what is unknown (a région, académies) is left out, never written "null".
 */
record DirectoryCard(long id, String name, @Nullable String territory, @Nullable String excellence, String status,
        String filiere, String where, @Nullable String labelUntil) {

    static DirectoryCard of(CampusSummary campus, MessageSource messages) {
        String where = Stream.of(campus.regionName(), campus.academies() == null ? null
                        : message(messages, "campuses.academie.short", campus.academies()))
                .filter(Objects::nonNull).collect(Collectors.joining(" — "));
        return new DirectoryCard(campus.id(), campus.name(), campus.territoryDescription(),
                campus.category() == Category.EXCELLENCE ? message(messages, "category.EXCELLENCE") : null,
                message(messages, "status." + campus.status()), campus.filiere().label(), where,
                campus.labelEnd() == null ? null
                        : message(messages, "campuses.label.until", FrenchDates.day(campus.labelEnd())));
    }

    private static String message(MessageSource messages, String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRANCE);
    }
}
