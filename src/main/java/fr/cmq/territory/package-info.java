/**
 * The territories of the Éducation nationale (reference data): régions, régions académiques, académies, départements.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package fr.cmq.territory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
