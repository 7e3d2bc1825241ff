package fr.cmq.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler on what a région holds in common, the région named by a path variable: checked by the guard before the
 * handler runs (404 for a région that is not, 403 for a user who may not).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresRegion {

    RegionAction value();

    /** The path variable holding the région's code. */
    String region() default "region";
}
