package fr.cmq.shared.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import fr.cmq.shared.db.ExternalDatabase;

/**
 * The demo mode ({@code cmq.demo.enabled}) is on by default with the embedded database and off with an external one.
 */
public class DemoMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return environment.getProperty("cmq.demo.enabled", Boolean.class, !ExternalDatabase.isConfigured(environment));
    }
}
