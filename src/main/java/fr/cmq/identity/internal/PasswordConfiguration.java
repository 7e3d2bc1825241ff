package fr.cmq.identity.internal;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed with bcrypt, behind the delegating encoder so that the algorithm can change later. Its cost
 * ({@code cmq.passwords.bcrypt-strength}, 10 by default) is lowered only by the tests, where thousands of signed
 * requests would otherwise spend their time hashing; a hash of any cost is checked the same way.
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    private static final String BCRYPT = "bcrypt";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${cmq.passwords.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(strength)));
    }
}
