package fr.cmq.campus.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.cmq.identity.AuditEntry;
import fr.cmq.shared.FrenchDates;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The details of an audit entry as the campus's history shows them: each field named in French
 * ({@code audit.field.<key>}, or the key itself when it is already words), each value as people write it — a choice by
 * its label, yes or no, a decimal comma, a French date.
 */
@Component
@RequiredArgsConstructor
class HistoryDetails {

    /** The choices whose labels a value may be, looked up in this order. */
    private static final List<String> CHOICES = List.of("contributionkind", "dossierkind", "dossierstate", "transition",
            "actionstatus", "budgetstatus", "category", "college", "role", "orgtype", "networkrole", "fundingsource",
            "linedirection", "eventkind", "instancekind", "seatquality", "learnerstatus", "finalite", "verdict",
            "sitekind");

    private final MessageSource messages;
    private final JsonMapper json;

    /** One field of an audited change: either its value, or its value before and after. */
    record Detail(String field, @Nullable String value, @Nullable String before, @Nullable String after) {

        public boolean change() {
            return value == null;
        }
    }

    List<Detail> of(AuditEntry entry) {
        if (entry.details() == null) {
            return List.of();
        }
        Map<String, Object> details = json.readValue(entry.details(), new TypeReference<>() {
        });
        var lines = new ArrayList<Detail>();
        details.forEach((key, value) -> lines.add(value instanceof List<?> change && change.size() == 2
                ? new Detail(field(key), null, value(change.get(0)), value(change.get(1)))
                : new Detail(field(key), value(value), null, null)));
        return lines;
    }

    String field(String key) {
        return messages.getMessage("audit.field." + key, null, key, Locale.FRANCE);
    }

    String value(@Nullable Object value) {
        if (value == null || "".equals(value)) {
            return "—";
        }
        if (value instanceof Boolean yes) {
            return yes ? "oui" : "non";
        }
        if (value instanceof List<?> values) {
            return values.stream().map(this::value).collect(Collectors.joining(", "));
        }
        String text = Objects.toString(value);
        if (text.matches("-?\\d+\\.\\d+")) {
            return text.replace('.', ',');
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return FrenchDates.DAY.format(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if (text.matches("[A-Z][A-Z0-9_]+")) {
            for (String choice : CHOICES) {
                String label = messages.getMessage(choice + "." + text, null, null, Locale.FRANCE);
                if (label != null) {
                    return label;
                }
            }
        }
        return text;
    }
}
