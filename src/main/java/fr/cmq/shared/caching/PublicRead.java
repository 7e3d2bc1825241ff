package fr.cmq.shared.caching;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler whose answer to an anonymous visitor depends only on the request's path and query and on public data, so
 * that it may be kept and served again until {@link PublicResponseCache#clear()}. Whoever adds it to a handler makes
 * sure a listener clears the cache when what the handler shows changes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface PublicRead {
}
