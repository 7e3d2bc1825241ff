/**
 * Steering a campus: its strategic objectives and the action plan that declines them, each year's budget with its
 * funding and spending, and the contributions of the members of its network.
 */
@ApplicationModule(allowedDependencies = { "campus", "directory", "identity", "shared", "territory", "workspace" })
@NullMarked
package fr.cmq.steering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
