/**
 * Reference organisations and classifications: the national filières, establishments (UAI), companies (SIRET) and
 * certifications, with their importers.
 */
@NullMarked
package fr.cmq.directory;

import org.jspecify.annotations.NullMarked;
