/**
 * The public pages that belong to no capability: the home page and the legal pages.
 */
@ApplicationModule(allowedDependencies = { "directory", "shared" })
@NullMarked
package fr.cmq.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
