package fr.cmq.identity.internal.proconnect;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import fr.cmq.identity.internal.accounts.AccountDetailsService;
import fr.cmq.shared.CmqProperties;

/**
 * ProConnect, when {@code CMQ_PROCONNECT_ISSUER} names it. Its discovery document is read at the first sign-in, not at
 * start-up: the platform starts while ProConnect is away.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "cmq.proconnect", name = "issuer")
@EnableConfigurationProperties(ProConnectProperties.class)
class ProConnectConfiguration {

    static final String[] SCOPES = { "openid", "email", "given_name", "usual_name", "siret", "uid" };

    @Bean
    ClientRegistrationRepository proConnectRegistrations(ProConnectProperties properties, CmqProperties site) {
        return new SupplierClientRegistrationRepository(() -> new InMemoryClientRegistrationRepository(
                ClientRegistrations.fromIssuerLocation(properties.issuerLocation())
                        .registrationId(ProConnect.REGISTRATION)
                        .clientName("ProConnect")
                        .clientId(String.valueOf(properties.clientId()))
                        .clientSecret(String.valueOf(properties.clientSecret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(site.siteUrl() + "/login/oauth2/code/" + ProConnect.REGISTRATION)
                        .scope(SCOPES)
                        .userNameAttributeName("sub")
                        .build()));
    }

    @Bean
    ProConnect proConnect(ClientRegistrationRepository proConnectRegistrations, ProConnectProperties properties,
            CmqProperties site, AccountDetailsService accounts, ApplicationEventPublisher events) {
        return new ProConnect(proConnectRegistrations, properties, site, accounts, events);
    }
}
