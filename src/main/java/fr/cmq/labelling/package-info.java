/**
 * The label: the criteria grids of the cahier des charges, the campaigns, the dossiers a campus answers and that the
 * chef d'établissement support signs off, the recteur's and the Région's sides co-sign, the CAEN and the CREFOP give
 * their avis on, experts review, and an arrêté interministériel decides; the label's validity and its renewal.
 */
@ApplicationModule(allowedDependencies = { "campus", "identity", "shared", "workspace" })
@NullMarked
package fr.cmq.labelling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
