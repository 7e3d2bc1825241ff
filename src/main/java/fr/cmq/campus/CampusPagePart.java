package fr.cmq.campus;

import java.util.Map;

/**
 * A section of a campus's page, drawn by a fragment of the module that gives it ({@code template :: fragment}), which
 * finds the values of {@code model} in the variable {@code part}.
 */
public record CampusPagePart(String template, String fragment, Map<String, Object> model) {
}
