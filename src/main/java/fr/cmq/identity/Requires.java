package fr.cmq.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a handler needs on the campus its path names, checked by the guard before the handler runs: 404 when the
 * campus does not exist, 403 when the user holds none of the actions. On a class, for every handler that says nothing
 * itself.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Requires {

    /** Any one of them is enough. */
    CampusAction[] value();

    /** The path variable holding the campus's id. */
    String campus() default "id";
}
