/** The portal's pages. */
@NullMarked
package fr.cmq.portal.web;

import org.jspecify.annotations.NullMarked;
