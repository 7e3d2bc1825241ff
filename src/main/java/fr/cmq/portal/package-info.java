/**
 * The public pages that belong to no capability: the home page and the legal pages.
 */
@NullMarked
package fr.cmq.portal;

import org.jspecify.annotations.NullMarked;
