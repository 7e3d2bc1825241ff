package fr.cmq.identity.internal.accounts;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;

/**
 * Opens a fresh installation: with {@code CMQ_BOOTSTRAP_ADMIN_EMAIL} and {@code CMQ_BOOTSTRAP_ADMIN_PASSWORD} set,
 * creates that national administrator unless an account with that e-mail exists (which is never changed). Its password
 * follows the rule of every account ({@link PasswordRule}): a weak one stops the start.
 */
@Component
@Order(1)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final AccountRegistry registry;
    private final String email;
    private final String password;

    BootstrapAdministrator(AccountRegistry registry,
            @Value("${cmq.bootstrap.admin-email:}") String email,
            @Value("${cmq.bootstrap.admin-password:}") String password) {
        this.registry = registry;
        this.email = email.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!StringUtils.hasText(email) && !StringUtils.hasText(password)) {
            return;
        }
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            throw new IllegalStateException("CMQ_BOOTSTRAP_ADMIN_EMAIL and CMQ_BOOTSTRAP_ADMIN_PASSWORD go together");
        }
        PasswordRule.refusal(password, email).ifPresent(refusal -> {
            throw new IllegalStateException("CMQ_BOOTSTRAP_ADMIN_PASSWORD refusé : " + refusal);
        });
        if (registry.createIfAbsent(email, "Administration nationale", password,
                List.of(RoleGrant.national(Role.ADMIN_NATIONAL)))) {
            log.info("National administrator {} created", email);
        }
    }
}
