package fr.cmq.training.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import fr.cmq.training.Formation;

/**
 * A campus's formations on its page, by level, written out once here rather than by the template: a hundred
 * formations with their statuses were most of the page's time in expressions. Each level's list items are markup
 * (a link to the formation, its member, its town, a badge per status), every text escaped.
 */
final class OfferLines {

    private OfferLines() {
    }

    /** The list items of each level, in words ("Bac +2 (niveau 5)"), in the order of the formations given. */
    static Map<String, String> byLevel(List<Formation> formations, MessageSource messages) {
        var lines = new LinkedHashMap<String, StringBuilder>();
        for (var formation : formations) {
            var line = lines.computeIfAbsent(formation.levelInWords(), level -> new StringBuilder());
            line.append("<li><a href=\"/formations/").append(formation.id()).append("\">")
                    .append(escape(formation.title())).append("</a><span> — ").append(escape(formation.memberName()))
                    .append("</span>");
            if (formation.commune() != null) {
                line.append("<span>, ").append(escape(formation.commune())).append("</span>");
            }
            for (var open : formation.statuses()) {
                line.append("<span class=\"fr-badge fr-badge--sm fr-badge--no-icon fr-ml-1w\">")
                        .append(escape(messages.getMessage("learnerstatus." + open.status(), null, Locale.FRANCE)))
                        .append("</span>");
            }
            line.append("</li>");
        }
        var markup = new LinkedHashMap<String, String>();
        lines.forEach((level, line) -> markup.put(level, line.toString()));
        return markup;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, UTF_8.name());
    }
}
