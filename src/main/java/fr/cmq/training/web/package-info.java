/** The pages and API of the training offer: the public search, the campus's offer, the team's screens. */
@NullMarked
package fr.cmq.training.web;

import org.jspecify.annotations.NullMarked;
