package fr.cmq.identity.internal;

import java.time.Duration;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only while the account is not locked from this address, and only after the wait that a hammered
 * address or account imposes on every attempt.
 */
@RequiredArgsConstructor
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String account = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        pause(throttle.delay(account, address));
        if (throttle.isBlocked(account, address)) {
            throw new LoginThrottledException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(account, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoginThrottledException();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
