/**
 * Reference organisations and classifications: the national filières, establishments (UAI), companies (SIRET) and
 * certifications, with their importers.
 */
@ApplicationModule(allowedDependencies = { "identity", "territory", "shared", "workspace" })
@NullMarked
package fr.cmq.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
