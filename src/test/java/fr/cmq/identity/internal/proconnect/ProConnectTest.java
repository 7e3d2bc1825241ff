package fr.cmq.identity.internal.proconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.util.unit.DataSize;

import fr.cmq.identity.internal.accounts.AccountDetailsService;
import fr.cmq.shared.CmqProperties;

/** The way to ProConnect while ProConnect is away: no request, no failure — the platform's handler says so. */
class ProConnectTest {

    @Test
    void anUnreachableProviderMakesNoRequestAndNoError() throws IOException {
        int nobody;
        try (var socket = new ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        ClientRegistrationRepository away = new SupplierClientRegistrationRepository(() ->
                new InMemoryClientRegistrationRepository(ClientRegistrations
                        .fromIssuerLocation("http://127.0.0.1:" + nobody).registrationId("proconnect")
                        .clientId("id").build()));
        var proConnect = new ProConnect(away, new ProConnectProperties("http://127.0.0.1:" + nobody, "id", "secret",
                "eidas1", null), new CmqProperties(Path.of("data"), new CmqProperties.Documents(DataSize.ofMegabytes(1)),
                new CmqProperties.Imports(DataSize.ofMegabytes(1)), false, "http://localhost:8080", "x",
                new CmqProperties.BaseMap(null, "")),
                mock(AccountDetailsService.class), mock(ApplicationEventPublisher.class));
        var request = new MockHttpServletRequest("GET", "/oauth2/authorization/proconnect");
        request.setServletPath("/oauth2/authorization/proconnect");
        assertThat(proConnect.authorizationRequests().resolve(request)).isNull();
    }
}
