/**
 * Campuses: their identity, territory, support establishment, objectives and public presentation; their network of
 * members and partners; the public directory of campuses.
 */
@ApplicationModule(allowedDependencies = { "directory", "identity", "territory", "shared", "workspace" })
@NullMarked
package fr.cmq.campus;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
