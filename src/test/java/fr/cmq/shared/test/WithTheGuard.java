package fr.cmq.shared.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.Guard;

/**
 * A web slice with the real guard in front of its handlers: the campuses it knows are those the slice's
 * {@code CampusDirectory} answers, so that a test says who the campus belongs to and sees the 403 or 404.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import({ Guard.class, CampusAccess.class })
public @interface WithTheGuard {
}
