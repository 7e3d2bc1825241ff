/** The label's lifecycle inside: the dossier aggregate, who may fire its transitions, and the SQL. */
@NullMarked
package fr.cmq.labelling.internal;

import org.jspecify.annotations.NullMarked;
