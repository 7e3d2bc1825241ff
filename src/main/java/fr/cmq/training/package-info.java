/**
 * The training offer of campuses: the formations their members deliver, under which statuses, where and how to get
 * in; the public search of formations.
 */
@ApplicationModule(allowedDependencies = { "campus", "directory", "identity", "shared", "territory", "workspace" })
@NullMarked
package fr.cmq.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
