package fr.cmq.identity.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import fr.cmq.directory.Filiere;
import fr.cmq.directory.Filieres;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.identity.internal.accounts.AccountDetailsService;
import fr.cmq.identity.internal.tokens.BearerTokens;

/**
 * The two security chains in front of the real controllers of the home page, sign-in and the identity API, with the
 * accounts and the database replaced.
 */
@WebMvcTest(useDefaultFilters = false, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "fr\\.cmq\\.(portal\\.web|identity\\.web\\.(SignIn|CurrentUser|GuardBefore|IdentityApi)|shared\\.web|shared\\.caching|directory\\.web\\.FiliereApi).*"))
@Import({ SecurityConfiguration.class, PasswordConfiguration.class, ProblemDetailSecurityResponses.class, LoginThrottle.class,
        CountsInMemory.class,
        SecurityConfigurationTest.TestClock.class, SecurityConfigurationTest.PrivatePage.class })
class SecurityConfigurationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @MockitoBean
    AccountDetailsService accounts;
    @MockitoBean
    Filieres filieres;
    @MockitoBean
    AuditTrail auditTrail;
    @MockitoBean
    BearerTokens tokens;

    @TestConfiguration
    static class TestClock {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @BeforeEach
    void someone() {
        given(filieres.all()).willReturn(List.of(new Filiere("NUMERIQUE", "Numérique, télécommunications")));
        given(accounts.loadUserByUsername("do@cmq.test")).willAnswer(call -> new CmqUser(4, "do@cmq.test",
                "Directrice", passwordEncoder.encode("bon-mot-de-passe"), true,
                List.of(RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, 1))));
        given(accounts.current(any(), any())).willAnswer(call -> Optional.of(call.getArgument(0)));
        given(accounts.loadUserByUsername("inconnu@cmq.test")).willThrow(new UsernameNotFoundException("inconnu"));
    }

    @Test
    void theHomePageIsPublicAndCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/home"))
                .andExpect(model().attributeExists("filieres"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")),
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void privatePagesSendVisitorsToTheSignInPage() throws Exception {
        mvc.perform(get("/espace")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/connexion"));
    }

    @Test
    void signingInWithTheRightPasswordOpensMySpace() throws Exception {
        mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
                        .user("do@cmq.test").password("bon-mot-de-passe"))
                .andExpect(redirectedUrl("/espace"));
    }

    @Test
    void aWrongPasswordOrAnUnknownAccountGiveTheSameError() throws Exception {
        mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
                        .user("do@cmq.test").password("mauvais"))
                .andExpect(redirectedUrl("/connexion?erreur"));
        mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
                        .user("inconnu@cmq.test").password("mauvais"))
                .andExpect(redirectedUrl("/connexion?erreur"));
    }

    @Test
    @DirtiesContext(methodMode = DirtiesContext.MethodMode.AFTER_METHOD)
    void anAccountIsBlockedAfterFiveFailuresEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
                    .user("do@cmq.test").password("mauvais-" + i)).andExpect(redirectedUrl("/connexion?erreur"));
        }
        mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
                        .user("do@cmq.test").password("bon-mot-de-passe"))
                .andExpect(redirectedUrl("/connexion?bloque"));
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/connexion").param("email", "do@cmq.test").param("motDePasse", "bon-mot-de-passe"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/deconnexion").with(user("do@cmq.test"))).andExpect(status().isForbidden());
        mvc.perform(post("/deconnexion").with(user("do@cmq.test")).with(csrf()))
                .andExpect(redirectedUrl("/?deconnecte"));
    }

    @Test
    void theApiAnswersProblemDetailsInsteadOfRedirecting() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Authentification requise")));
        mvc.perform(get("/api/v1/me").with(httpBasic("do@cmq.test", "mauvais")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theApiAcceptsHttpBasicAndChecksRoles() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("do@cmq.test", "bon-mot-de-passe")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("do@cmq.test"))
                .andExpect(jsonPath("$.roles[0].role").value("DIRECTEUR_OPERATIONNEL"))
                .andExpect(jsonPath("$.roles[0].campusId").value(1));
        mvc.perform(get("/api/v1/audit-events").with(httpBasic("do@cmq.test", "bon-mot-de-passe")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void aTokenStandsForItsOwnerAndAReadOnlyOneNeverWrites() throws Exception {
        var owner = new CmqUser(4, "do@cmq.test", "Directrice", null, true, List.of(RoleGrant.campus(
                Role.DIRECTEUR_OPERATIONNEL, 1L)));
        given(tokens.authenticate("cmq_lecture")).willReturn(Optional.of(new BearerTokens.Bearer(owner, 1, true)));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cmq_lecture"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("do@cmq.test"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(post("/api/v1/me").header("Authorization", "Bearer cmq_lecture"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Ce jeton ne permet que la lecture")));
        mvc.perform(get("/api/v1/me").header("Authorization", "bearer cmq_inconnu"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(jsonPath("$.detail").value("Jeton inconnu, expiré ou révoqué."));
    }

    @Test
    void theApiNeverOpensASession() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("do@cmq.test", "bon-mot-de-passe")))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void filieresArePublicOpenData() throws Exception {
        mvc.perform(get("/api/v1/filieres"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label").value("Numérique, télécommunications"));
    }

    /** A private page's route: an address no route answers is a 404 for everyone, not a sign-in. */
    @Controller
    static class PrivatePage {

        @GetMapping("/espace")
        @ResponseBody
        String workspace() {
            return "espace";
        }
    }
}
