package fr.cmq.identity.internal.proconnect;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * A real OpenID Connect provider in ProConnect's place: Spring Authorization Server on its own port, with agents who
 * sign in with a form, id tokens that carry an {@code acr}, and the userinfo answered as ProConnect answers it, a JWT
 * signed with the provider's published key. A test may make it misbehave: the userinfo signed with a key it never
 * published, an id token with another nonce, an acr too weak.
 */
final class TestOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "plateforme-cmq";
    static final String CLIENT_SECRET = "secret-du-client-de-test";
    static final String PASSWORD = "mot-de-passe-agent";
    /** The agents, by their ProConnect subject, and their professional address. */
    static final Map<String, String> AGENTS = Map.of("agent-rectorat", "pilote.nancy-metz@cmq.test",
            "agent-inconnu", "inconnu@rectorat.test", "agent-invite", "invitee@rectorat.test");

    enum Misbehaviour {
        NONE, USERINFO_SIGNED_BY_ANOTHER_KEY, ANOTHER_NONCE, WEAK_ACR
    }

    static volatile Misbehaviour misbehaviour = Misbehaviour.NONE;

    private final ConfigurableApplicationContext context;

    private TestOpenIdProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Started on {@code port}, for the platform that answers at {@code platform}. */
    static TestOpenIdProvider start(int port, String platform) {
        return new TestOpenIdProvider(new SpringApplicationBuilder(Provider.class)
                .properties(Map.of("provider.port", port, "provider.platform", platform,
                        "spring.main.banner-mode", "off"))
                .run());
    }

    static String issuer(int port) {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        context.close();
    }

    /** A test configuration: the platform's own scan of its packages leaves it out. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        private final KeyPair published = rsa();
        private final KeyPair unpublished = rsa();

        @Bean
        TomcatServletWebServerFactory webServer(Environment environment) {
            var factory = new TomcatServletWebServerFactory(environment.getRequiredProperty("provider.port", Integer.class));
            factory.setRegisterDefaultServlet(true); // a servlet behind the filters, which answer every request
            return factory;
        }

        /** With no auto-configuration here, the security filters are put before the servlet by hand. */
        @Bean
        DelegatingFilterProxyRegistrationBean securityFilters() {
            return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http, Environment environment) throws Exception {
            var server = new OAuth2AuthorizationServerConfigurer();
            String issuer = issuer(environment.getRequiredProperty("provider.port", Integer.class));
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, configurer -> configurer.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo
                            .userInfoMapper(context -> new OidcUserInfo(claimsOf(context.getAuthorization()
                                    .getPrincipalName())))
                            .userInfoResponseHandler((request, response, authentication) -> {
                                var claims = ((OidcUserInfoAuthenticationToken) authentication).getUserInfo().getClaims();
                                response.setContentType("application/jwt");
                                response.getWriter().write(signed(claims, issuer));
                            }))))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2ResourceServer(resource -> resource.jwt(jwt -> { }))
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(form -> { })
                    .build();
        }

        @Bean
        UserDetailsService agents() {
            return new InMemoryUserDetailsManager(AGENTS.keySet().stream()
                    .map(name -> User.withUsername(name).password("{noop}" + PASSWORD).roles("AGENT").build()).toList());
        }

        @Bean
        RegisteredClientRepository clients(Environment environment) {
            String platform = environment.getRequiredProperty("provider.platform");
            var client = RegisteredClient.withId("1").clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(platform + "/login/oauth2/code/proconnect")
                    .postLogoutRedirectUri(platform + "/?deconnecte")
                    .scopes(scopes -> scopes.addAll(List.of(ProConnectConfiguration.SCOPES)))
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build();
            return new InMemoryRegisteredClientRepository(client);
        }

        @Bean
        AuthorizationServerSettings settings(Environment environment) {
            return AuthorizationServerSettings.builder()
                    .issuer(issuer(environment.getRequiredProperty("provider.port", Integer.class))).build();
        }

        @Bean
        JWKSource<SecurityContext> keys() {
            return new ImmutableJWKSet<>(new JWKSet(key(published)));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        /** The id token says how strongly the agent signed in, and may carry another nonce than the one asked. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokens() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("acr", misbehaviour == Misbehaviour.WEAK_ACR ? "eidas0" : "eidas1");
                    if (misbehaviour == Misbehaviour.ANOTHER_NONCE) {
                        context.getClaims().claim(OidcParameterNames.NONCE, "un-autre-nonce-que-celui-demande-0123");
                    }
                }
            };
        }

        private String signed(Map<String, Object> claims, String issuer) {
            var keys = misbehaviour == Misbehaviour.USERINFO_SIGNED_BY_ANOTHER_KEY ? unpublished : published;
            var set = JwtClaimsSet.builder().issuer(issuer).audience(List.of(CLIENT_ID)).issuedAt(Instant.now());
            claims.forEach(set::claim);
            var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key(keys))));
            return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId("cle-1").build(),
                    set.build())).getTokenValue();
        }

        private static Map<String, Object> claimsOf(String subject) {
            return Map.of("sub", subject, "email", AGENTS.get(subject), "given_name", "Camille",
                    "usual_name", "Agent", "siret", "17540001400014", "uid", "uid-" + subject);
        }

        private static RSAKey key(KeyPair pair) {
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID("cle-1").build();
        }

        private static KeyPair rsa() {
            try {
                var generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
