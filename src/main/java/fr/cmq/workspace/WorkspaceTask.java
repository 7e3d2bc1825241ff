package fr.cmq.workspace;

import java.util.List;

/**
 * Something the user has to do, said by a message code and its arguments, and the page where it is done. Urgent
 * tasks (late, or expiring soon) come first.
 */
public record WorkspaceTask(String messageCode, List<Object> arguments, String href, boolean urgent) {

    public static WorkspaceTask todo(String href, String messageCode, Object... arguments) {
        return new WorkspaceTask(messageCode, List.of(arguments), href, false);
    }

    public static WorkspaceTask urgent(String href, String messageCode, Object... arguments) {
        return new WorkspaceTask(messageCode, List.of(arguments), href, true);
    }
}
