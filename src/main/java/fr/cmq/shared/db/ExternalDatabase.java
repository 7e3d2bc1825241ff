package fr.cmq.shared.db;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** The platform uses an external PostgreSQL exactly when {@code spring.datasource.url} is given. */
public final class ExternalDatabase {

    private ExternalDatabase() {
    }

    public static boolean isConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
