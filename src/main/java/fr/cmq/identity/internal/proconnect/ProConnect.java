package fr.cmq.identity.internal.proconnect;

import java.io.IOException;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.identity.internal.accounts.AccountDetailsService;
import fr.cmq.shared.CmqProperties;

/**
 * The sign-in with ProConnect, put on the pages' security chain when it is configured: the request that sends the
 * agent to ProConnect (state and nonce of 32 random bytes, the acr asked in {@code claims}), the provider that reads
 * the answer, the account it stands for in the session — with the id token, kept to end the ProConnect session at
 * sign-out —, and the pages that say why an agent was refused.
 */
public class ProConnect {

    public static final String REGISTRATION = "proconnect";
    /** Where an agent whose address has no account learns what to do; its address waits in the session. */
    public static final String UNKNOWN_AGENT_PAGE = "/connexion/proconnect/inconnu";
    public static final String UNKNOWN_AGENT = "cmq.proconnect.agentInconnu";
    /** The address of the way to ProConnect: reached by a handler only when ProConnect cannot be. */
    public static final String UNAVAILABLE_PAGE = "/oauth2/authorization/" + REGISTRATION;

    private static final Logger LOG = LoggerFactory.getLogger(ProConnect.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientRegistrationRepository registrations;
    private final ProConnectProperties properties;
    private final CmqProperties site;
    private final AuthenticationProvider provider;
    private final ApplicationEventPublisher events;

    ProConnect(ClientRegistrationRepository registrations, ProConnectProperties properties, CmqProperties site,
            AccountDetailsService accounts, ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.events = events;
        this.properties = properties;
        this.site = site;
        this.provider = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), new ProConnectUserService(properties, accounts));
    }

    /** What the session keeps of a ProConnect sign-in: the id token, the hint ProConnect's sign-out asks for. */
    public record ProConnectSession(String idToken) implements Serializable {
    }

    /** Checks ProConnect's answer: to be among the pages' authentication providers. */
    public AuthenticationProvider provider() {
        return provider;
    }

    /** Puts the sign-in on the chain; once the agent's account is known, {@code afterSignIn} takes the person on. */
    public void configure(HttpSecurity http, AuthenticationSuccessHandler afterSignIn) throws Exception {
        http.oauth2Login(login -> login
                .loginPage("/connexion")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests()))
                .successHandler((request, response, authentication) ->
                        afterSignIn.onAuthenticationSuccess(request, response, signedIn(request, response, authentication)))
                .failureHandler(this::refused));
    }

    /** Where sign-out goes: ProConnect's end of session when the person came from it, the home page otherwise. */
    public String signedOutAddress(@Nullable Authentication authentication, String home) {
        if (authentication == null || !(authentication.getDetails() instanceof ProConnectSession session)) {
            return home;
        }
        Object endSession = registrations.findByRegistrationId(REGISTRATION).getProviderDetails()
                .getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null) {
            return home;
        }
        var state = new byte[32];
        RANDOM.nextBytes(state);
        return UriComponentsBuilder.fromUriString(endSession.toString())
                .queryParam("id_token_hint", session.idToken())
                .queryParam("state", Base64.getUrlEncoder().withoutPadding().encodeToString(state))
                .queryParam("post_logout_redirect_uri", site.siteUrl() + home)
                .encode().build().toUriString();
    }

    /**
     * The requests that send an agent to ProConnect. Its discovery is read when the first agent asks: while ProConnect
     * cannot be reached, there is no request, and the address goes on to {@link #UNAVAILABLE_PAGE}'s handler, which
     * says so, rather than failing.
     */
    OAuth2AuthorizationRequestResolver authorizationRequests() {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(request -> request.additionalParameters(parameters -> parameters
                .put("claims", acrClaims())));
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                return whileReachable(() -> resolver.resolve(request));
            }

            @Override
            public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                return whileReachable(() -> resolver.resolve(request, registrationId));
            }
        };
    }

    private static @Nullable OAuth2AuthorizationRequest whileReachable(
            Supplier<@Nullable OAuth2AuthorizationRequest> resolution) {
        try {
            return resolution.get();
        } catch (IllegalArgumentException | RestClientException unreachable) {
            LOG.warn("ProConnect injoignable : {}", unreachable.getClass().getSimpleName());
            return null;
        }
    }

    private String acrClaims() {
        var levels = ProConnectProperties.atLeast(properties.acr());
        return "{\"id_token\":{\"acr\":{\"essential\":true,\"values\":[\""
                + String.join("\",\"", levels) + "\"]},\"amr\":{\"essential\":false}}}";
    }

    private Authentication signedIn(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        var agent = (ProConnectUser) authentication.getPrincipal();
        var user = agent.account();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        signedIn.setDetails(new ProConnectSession(agent.getIdToken().getTokenValue()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        events.publishEvent(new InteractiveAuthenticationSuccessEvent(signedIn, getClass()));
        return signedIn;
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof ProConnectUserService.UnknownAgent unknown) {
            request.getSession().setAttribute(UNKNOWN_AGENT, unknown.email());
            response.sendRedirect(request.getContextPath() + UNKNOWN_AGENT_PAGE);
            return;
        }
        LOG.warn("Connexion ProConnect refusée : {}", refusal.getMessage());
        response.sendRedirect(request.getContextPath() + "/connexion?proconnect");
    }
}
