package fr.cmq.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler for those who may create a campus somewhere — the national administration and the pilots — checked by the
 * guard before the handler runs; the service keeps a pilot to its territory.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresCampusCreator {
}
