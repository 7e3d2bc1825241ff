/**
 * The public reads served at the speed of static files: the answer a handler marked {@link PublicRead} gives an
 * anonymous visitor is kept whole (body and headers) and served again, with an ETag and a Last-Modified, until a
 * module tells that what it showed has changed ({@link PublicResponseCache#clear()}, called by event listeners).
 */
@NullMarked
package fr.cmq.shared.caching;

import org.jspecify.annotations.NullMarked;
