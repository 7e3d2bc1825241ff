/**
 * The public pages that belong to no capability (the home page, the legal pages), and the freshness of every public
 * answer kept for visitors.
 */
@ApplicationModule(allowedDependencies = { "campus", "directory", "evaluation", "identity", "shared", "steering", "training" })
@NullMarked
package fr.cmq.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
