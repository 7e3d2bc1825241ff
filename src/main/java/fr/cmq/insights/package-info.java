/**
 * The territory's view: the regional and national dashboards, and the campuses as open data — the national list with
 * its stable codes, the networks' formations and the public events, each file with its schema and licence.
 */
@ApplicationModule(allowedDependencies = { "campus", "directory", "evaluation", "identity", "labelling", "shared", "steering",
        "territory", "training", "workspace" })
@NullMarked
package fr.cmq.insights;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
