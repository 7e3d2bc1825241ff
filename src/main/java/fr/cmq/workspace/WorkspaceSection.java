package fr.cmq.workspace;

import fr.cmq.identity.CmqUser;

/**
 * A module's part of the workspace: the tasks and panels it has for this user, nothing when it has none. Sections are
 * shown in their {@link org.springframework.core.annotation.Order}.
 */
public interface WorkspaceSection {

    WorkspaceContent contentFor(CmqUser user);
}
