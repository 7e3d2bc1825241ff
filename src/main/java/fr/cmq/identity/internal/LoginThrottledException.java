package fr.cmq.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or from this address: the attempt is refused without checking it. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Trop de tentatives de connexion");
    }
}
