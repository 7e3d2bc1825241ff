/**
 * Quality: the versioned référentiels of the evaluation (domains → champs → références), the self-evaluation of a
 * campus and the answers of its network, the external evaluation by experts, the maturity level computed from the
 * platform's facts, and the report the renewal of the label needs.
 */
@ApplicationModule(allowedDependencies = { "campus", "identity", "labelling", "shared", "steering", "workspace" })
@NullMarked
package fr.cmq.evaluation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
