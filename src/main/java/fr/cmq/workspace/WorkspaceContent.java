package fr.cmq.workspace;

import java.util.List;

/** What one section shows a user: tasks, gathered with every section's at the top, and its panels. */
public record WorkspaceContent(List<WorkspaceTask> tasks, List<WorkspacePanel> panels) {

    public static WorkspaceContent none() {
        return new WorkspaceContent(List.of(), List.of());
    }
}
