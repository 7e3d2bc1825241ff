package fr.cmq.identity.internal;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A federation's answer (ProConnect) read under the same throttle as passwords: an address whose answers keep
 * failing — forged, replayed, refused — waits longer at each one.
 */
@RequiredArgsConstructor
class ThrottledFederatedSignIn implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        ThrottledAuthenticationProvider.pause(throttle.delayFrom(address));
        try {
            return delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failedFrom(address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
