/**
 * The territories of the Éducation nationale (reference data): régions, régions académiques, académies, départements.
 */
@NullMarked
package fr.cmq.territory;

import org.jspecify.annotations.NullMarked;
