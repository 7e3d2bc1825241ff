package fr.cmq.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler for those who open accounts — the national administration, the pilots, the campuses' directors —
 * checked by the guard before the handler runs; the invitation rules keep each to the accounts it may open.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresInviter {
}
