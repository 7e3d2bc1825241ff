package fr.cmq.identity.internal.proconnect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.cmq.identity.internal.proconnect.TestOpenIdProvider.Misbehaviour;
import fr.cmq.shared.test.IntegrationTest;

/**
 * The sign-in with ProConnect against a real OpenID Connect provider started here: an agent whose address has an
 * account signs in and out of both; an agent without account is told whom to ask; a userinfo signed with another
 * key, an id token with another nonce, an acr too weak are refused.
 */
@IntegrationTest
class ProConnectIT {

    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");
    private static final Pattern NONCE = Pattern.compile("[?&]nonce=([^&]+)");
    private static final int PLATFORM_PORT = freePort();
    private static final int PROVIDER_PORT = freePort();
    /** The provider is reached at localhost and the platform at 127.0.0.1: their session cookies stay apart. */
    private static final String PLATFORM = "http://127.0.0.1:" + PLATFORM_PORT;
    private static TestOpenIdProvider provider;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void proConnect(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = TestOpenIdProvider.start(PROVIDER_PORT, PLATFORM);
        }
        registry.add("server.port", () -> PLATFORM_PORT);
        registry.add("cmq.site-url", () -> PLATFORM);
        registry.add("cmq.proconnect.issuer",
                () -> TestOpenIdProvider.issuer(PROVIDER_PORT) + "/.well-known/openid-configuration");
        registry.add("cmq.proconnect.client-id", () -> TestOpenIdProvider.CLIENT_ID);
        registry.add("cmq.proconnect.client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @AfterEach
    void behave() {
        TestOpenIdProvider.misbehaviour = Misbehaviour.NONE;
    }

    @Test
    void anAgentWithAnAccountSignsInAndOutOfBoth() {
        var browser = new TwoSiteBrowser();
        assertThat(browser.get(PLATFORM + "/connexion").body()).contains("S’identifier avec", "ProConnect");
        var asked = browser.get(PLATFORM + "/oauth2/authorization/proconnect");
        String authorize = asked.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(TestOpenIdProvider.issuer(PROVIDER_PORT) + "/oauth2/authorize")
                .contains("scope=openid%20email%20given_name%20usual_name%20siret%20uid", "claims=");
        assertThat(URLDecoder.decode(authorize, StandardCharsets.UTF_8)).contains("\"acr\":{\"essential\":true");
        assertThat(param(STATE, authorize)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(param(NONCE, authorize)).hasSizeGreaterThanOrEqualTo(32);

        var landed = browser.signInAtProvider(authorize, "agent-rectorat");
        assertThat(landed.uri().toString()).isEqualTo(PLATFORM + "/espace");
        assertThat(landed.body()).contains("Pilote");
        assertThat(jdbc.sql("select last_sign_in_at is not null from user_account where email = 'pilote.nancy-metz@cmq.test'")
                .query(Boolean.class).single()).isTrue();

        var signedOut = browser.signOut(PLATFORM);
        assertThat(signedOut.uri().toString()).startsWith(PLATFORM + "/?deconnecte");
        assertThat(browser.get(PLATFORM + "/espace").statusCode()).as("the platform's session ended").isEqualTo(302);
        var again = browser.follow(browser.get(PLATFORM + "/oauth2/authorization/proconnect"));
        assertThat(again.uri().toString()).as("ProConnect's session ended too")
                .isEqualTo(TestOpenIdProvider.issuer(PROVIDER_PORT) + "/login");
    }

    @Test
    void anAgentWithoutAccountIsToldWhomToAskAndGetsNone() {
        var browser = new TwoSiteBrowser();
        var landed = browser.signInAtProvider(start(browser), "agent-inconnu");
        assertThat(landed.uri().toString()).isEqualTo(PLATFORM + "/connexion/proconnect/inconnu");
        assertThat(landed.body()).contains("aucun compte n’est ouvert à l’adresse inconnu@rectorat.test",
                "demandez une invitation");
        assertThat(jdbc.sql("select count(*) from user_account where email = 'inconnu@rectorat.test'")
                .query(Integer.class).single()).isZero();
        assertThat(browser.get(PLATFORM + "/espace").statusCode()).isEqualTo(302);
    }

    @Test
    void anInvitedAgentSignsInWithoutEverChoosingAPassword() {
        jdbc.sql("insert into user_account (email, display_name, enabled, created_at, invited_at, invited_by)"
                + " values ('invitee@rectorat.test', 'Agente invitée', true, now(), now(), 'admin@cmq.test')").update();
        var browser = new TwoSiteBrowser();
        var landed = browser.signInAtProvider(start(browser), "agent-invite");
        assertThat(landed.uri().toString()).isEqualTo(PLATFORM + "/espace");
        assertThat(browser.get(PLATFORM + "/mon-compte").body()).contains("Agente invitée");
    }

    @Test
    void aUserinfoSignedWithAnUnpublishedKeyIsRefused() {
        refused(Misbehaviour.USERINFO_SIGNED_BY_ANOTHER_KEY);
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        refused(Misbehaviour.ANOTHER_NONCE);
    }

    @Test
    void anAuthenticationTooWeakIsRefused() {
        refused(Misbehaviour.WEAK_ACR);
    }

    private void refused(Misbehaviour misbehaviour) {
        TestOpenIdProvider.misbehaviour = misbehaviour;
        var browser = new TwoSiteBrowser();
        var landed = browser.signInAtProvider(start(browser), "agent-rectorat");
        assertThat(landed.uri().toString()).isEqualTo(PLATFORM + "/connexion?proconnect");
        assertThat(landed.body()).contains("Connexion avec ProConnect impossible");
        assertThat(browser.get(PLATFORM + "/espace").statusCode()).as("not signed in").isEqualTo(302);
    }

    private static String start(TwoSiteBrowser browser) {
        return browser.get(PLATFORM + "/oauth2/authorization/proconnect").headers().firstValue("Location").orElseThrow();
    }

    private static String param(Pattern pattern, String uri) {
        var matcher = pattern.matcher(uri);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
