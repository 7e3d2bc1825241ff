package fr.cmq.identity.internal.proconnect;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.AccountDetailsService;

/**
 * Who signed in with ProConnect: the level of the id token's {@code acr} checked, the userinfo read as ProConnect
 * answers it — a JWT signed with one of the provider's published keys, verified here, about the same subject —, and
 * the account of its e-mail address found. Nothing comes from the claims but the address: no account is opened, no
 * role given.
 */
class ProConnectUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final MediaType APPLICATION_JWT = MediaType.parseMediaType("application/jwt");

    private final ProConnectProperties properties;
    private final AccountDetailsService accounts;
    private final RestClient http = RestClient.create();
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    ProConnectUserService(ProConnectProperties properties, AccountDetailsService accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var idToken = request.getIdToken();
        String acr = idToken.getClaimAsString("acr");
        if (acr == null || !ProConnectProperties.atLeast(properties.acr()).contains(acr)) {
            throw refused("acr_insuffisant", "Niveau d’authentification insuffisant : " + acr);
        }
        Jwt userInfo = userInfo(request);
        if (!idToken.getSubject().equals(userInfo.getSubject())) {
            throw refused("sub_different", "Les informations de l’agent ne portent pas sur la personne connectée.");
        }
        String email = userInfo.getClaimAsString("email");
        if (email == null || email.isBlank()) {
            throw refused("email_absent", "ProConnect n’a pas donné l’adresse électronique de l’agent.");
        }
        CmqUser user = accounts.federated(email).orElseThrow(() -> new UnknownAgent(email));
        String administrationAcr = properties.administrationAcr();
        if (user.isNationalAdministrator() && administrationAcr != null && !administrationAcr.isBlank()
                && !ProConnectProperties.atLeast(administrationAcr).contains(acr)) {
            throw refused("acr_insuffisant", "L’administration nationale demande un niveau " + administrationAcr);
        }
        return new ProConnectUser(user, idToken, new OidcUserInfo(userInfo.getClaims()));
    }

    private Jwt userInfo(OidcUserRequest request) {
        var registration = request.getClientRegistration();
        try {
            var answer = http.get().uri(registration.getProviderDetails().getUserInfoEndpoint().getUri())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + request.getAccessToken().getTokenValue())
                    .accept(APPLICATION_JWT).retrieve().toEntity(String.class);
            var type = answer.getHeaders().getContentType();
            if (type == null || !APPLICATION_JWT.isCompatibleWith(type) || answer.getBody() == null) {
                throw refused("userinfo_non_signe", "Les informations de l’agent ne sont pas un JWT signé.");
            }
            return decoder(registration).decode(answer.getBody().strip());
        } catch (JwtException e) {
            throw refused("userinfo_signature", "La signature des informations de l’agent n’est pas vérifiée.");
        } catch (RestClientException e) {
            throw refused("userinfo_injoignable", "ProConnect n’a pas donné les informations de l’agent.");
        }
    }

    private JwtDecoder decoder(ClientRegistration registration) {
        return decoders.computeIfAbsent(registration.getProviderDetails().getJwkSetUri(), keys -> {
            var decoder = NimbusJwtDecoder.withJwkSetUri(keys)
                    .jwsAlgorithms(algorithms -> {
                        algorithms.add(SignatureAlgorithm.RS256);
                        algorithms.add(SignatureAlgorithm.ES256);
                    }).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                    new JwtIssuerValidator(registration.getProviderDetails().getIssuerUri())));
            return decoder;
        });
    }

    private static OAuth2AuthenticationException refused(String code, String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, why, null), why);
    }

    /** An agent ProConnect knows, whose address has no account on the platform. */
    static final class UnknownAgent extends OAuth2AuthenticationException {

        private final String email;

        UnknownAgent(String email) {
            super(new OAuth2Error("compte_inconnu", "Aucun compte n’est ouvert à cette adresse", null));
            this.email = email;
        }

        String email() {
            return email;
        }
    }
}
