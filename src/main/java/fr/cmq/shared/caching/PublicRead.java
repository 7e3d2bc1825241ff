package fr.cmq.shared.caching;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler whose answer to an anonymous visitor depends only on the request's path and query and on public data, so
 * that it may be kept and served again until a change forgets it. An answer whose path names one campus is about that
 * campus alone; any other says what it shows ({@link #value()}), limited to one région when the request's
 * {@code region} parameter says so. Whoever adds it to a handler makes sure that a listener forgets, through
 * {@link ForgottenEverywhere}, what the handler shows when it changes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface PublicRead {

    /** What the answer shows; none: it may show anything, and any change forgets it. */
    Shown[] value() default {};
}
