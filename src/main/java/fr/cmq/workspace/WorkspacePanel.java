package fr.cmq.workspace;

import java.util.Map;

/**
 * A panel of the workspace, drawn by a fragment of the module that gives it ({@code template :: fragment}), which
 * finds the values of {@code model} in the variable {@code panel}.
 */
public record WorkspacePanel(String template, String fragment, Map<String, Object> model) {
}
