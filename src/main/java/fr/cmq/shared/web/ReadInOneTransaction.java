package fr.cmq.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page whose reads — the guard's check, the handler's, each section's — share one read-only transaction, opened
 * before the guard and ended before the view is drawn: one connection per page, however many sections it has.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadInOneTransaction {
}
