/**
 * Each user's home, {@code /espace}: what they have to do next and the panels of every capability that concerns
 * them. A module adds its part by declaring a {@link WorkspaceSection} bean; the workspace knows none of them.
 */
@ApplicationModule(allowedDependencies = { "identity", "shared" })
@NullMarked
package fr.cmq.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
