/** The pages and API of the label's lifecycle. */
@NullMarked
package fr.cmq.labelling.web;

import org.jspecify.annotations.NullMarked;
