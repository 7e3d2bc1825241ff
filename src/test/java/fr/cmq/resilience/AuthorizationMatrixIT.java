package fr.cmq.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import fr.cmq.resilience.WriteRouteRules.Case;
import fr.cmq.resilience.WriteRouteRules.Rule;
import fr.cmq.shared.test.DemoAccount;
import fr.cmq.shared.test.IntegrationTest;
import fr.cmq.shared.test.WebSession;

/**
 * Every write route of the platform × every demo account and a visitor × a campus in and out of the account's scope.
 * The routes are read from the application: one without a rule here fails the build.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    private static final long OWN = 1;
    private static final long FOREIGN = 4;

    /** The Bois campus's dossier in the demonstration's open campaign: the first one opened. */
    private static final String BOIS_DOSSIER = "1";

    private static final String NEW_CAMPUS = """
            {"name":"Campus de la matrice","filiereCode":"BATIMENT","category":"CMQ","regionCode":"%s",
             "academieCodes":["%s"]}""";

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyWriteRouteAnswersEachAccountByItsRoleAndScope() {
        var writes = Routes.of(mapping).writes();
        assertThat(writes.stream().map(Routes.Route::toString).filter(route -> !WriteRouteRules.CASES.containsKey(route)))
                .as("write routes without a rule in the authorization matrix").isEmpty();

        var sessions = new EnumMap<DemoAccount, WebSession>(DemoAccount.class);
        for (DemoAccount account : DemoAccount.values()) {
            var session = new WebSession(port);
            session.signIn(account.email, DemoAccount.PASSWORD);
            session.get("/");
            sessions.put(account, session);
        }
        var visitor = new WebSession(port);
        visitor.get("/");

        // Deleting a campus goes last, the administration last of all: nothing it removes is needed afterwards.
        var ordered = writes.stream().sorted(Comparator.comparing(route -> route.toString().equals("DELETE /api/v1/campuses/{id}"))).toList();
        var accounts = new ArrayList<>(List.of(DemoAccount.values()));
        accounts.remove(DemoAccount.ADMIN);
        accounts.add(DemoAccount.ADMIN);

        var failures = new ArrayList<String>();
        int tried = 0;
        for (var route : ordered) {
            var rule = WriteRouteRules.CASES.get(route.toString());
            for (long campus : new long[] { OWN, FOREIGN }) {
                tried++;
                check(failures, route, campus, null, send(visitor, null, route, rule, campus));
                for (DemoAccount account : accounts) {
                    tried++;
                    check(failures, route, campus, account, send(sessions.get(account), account, route, rule, campus));
                }
            }
        }
        System.out.printf("Authorization matrix: %d requests over %d write routes, %d wrong answers%n", tried,
                ordered.size(), failures.size());
        assertThat(failures).isEmpty();
    }

    private void check(List<String> failures, Routes.Route route, long campus, @Nullable DemoAccount account,
            HttpResponse<String> response) {
        var rule = WriteRouteRules.CASES.get(route.toString());
        boolean allowed = rule.rule() == Rule.PUBLIC || account != null && allows(rule.rule(), account, campus == OWN);
        int status = response.statusCode();
        String who = (account == null ? "visitor" : account.name()) + " on campus " + campus + ": " + route + " → " + status;
        if (status >= 500) {
            failures.add(who + " (server error)");
        } else if (allowed && (status == 401 || status == 403 || isSignInRedirect(response))) {
            failures.add(who + " (refused, but the role may)");
        } else if (!allowed && account == null && !(status == 401 || isSignInRedirect(response) || status == 403)) {
            failures.add(who + " (a visitor got through)");
        } else if (!allowed && account != null && status != 403) {
            failures.add(who + " (should be 403)");
        }
    }

    private static boolean isSignInRedirect(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/connexion");
    }

    static boolean allows(Rule rule, DemoAccount account, boolean ownCampus) {
        return switch (rule) {
            case PUBLIC, SIGNED_IN -> true;
            case ADMIN -> account == DemoAccount.ADMIN;
            case TEAM -> account == DemoAccount.ADMIN || (ownCampus
                    && (account == DemoAccount.DIRECTEUR || account == DemoAccount.CHEF_ETABLISSEMENT));
            case NETWORK -> allows(Rule.TEAM, account, ownCampus) || (ownCampus && account == DemoAccount.CONTACT_MEMBRE);
            case SIGN_OFF -> account == DemoAccount.ADMIN || (ownCampus && account == DemoAccount.CHEF_ETABLISSEMENT);
            case PILOTS, CREATION -> account == DemoAccount.ADMIN || (ownCampus
                    && (account == DemoAccount.PILOTE_REGIONAL || account == DemoAccount.PILOTE_ACADEMIQUE));
            case INVITATION -> account == DemoAccount.ADMIN || (ownCampus && (account == DemoAccount.DIRECTEUR
                    || account == DemoAccount.PILOTE_REGIONAL || account == DemoAccount.PILOTE_ACADEMIQUE));
            case INVITERS -> account == DemoAccount.ADMIN || account == DemoAccount.DIRECTEUR
                    || account == DemoAccount.DIRECTEUR_BOIS || account == DemoAccount.PILOTE_REGIONAL
                    || account == DemoAccount.PILOTE_ACADEMIQUE;
            case DOSSIER_TEAM -> account == DemoAccount.ADMIN || account == DemoAccount.DIRECTEUR_BOIS;
            case DOSSIER_ADMIN -> account == DemoAccount.ADMIN;
            case DOSSIER_EXPERTS, EVALUATION_EXPERTS -> false;
        };
    }

    private static HttpResponse<String> send(WebSession session, @Nullable DemoAccount account, Routes.Route route,
            Case rule, long campus) {
        String target = route.pattern().startsWith("/api/v1/dossiers/") || route.pattern().startsWith("/dossiers/")
                ? BOIS_DOSSIER : String.valueOf(campus);
        String path = route.pattern().replace("{id}", target).replace("{name}", "withdraw").replace("{criterion}", "C01").replace("{kind}", "annuaire").replace("{year}", "2026").replace("{code}", "INCONNU").replace("{date}", "2025-01-02").replace("{number}", "1").replace("{token}", "inconnu")
                .replace("{region}", campus == OWN ? "44" : "24")
                .replaceAll("\\{[a-zA-Z]+Id}", WriteRouteRules.OTHER_ID);
        if (rule.rule() == Rule.PUBLIC) {
            session.get("/mot-de-passe-oublie"); // a form of the visitor's own: its CSRF token
        }
        if (!rule.api()) {
            return session.postForm(path, rule.rule() == Rule.CREATION ? newCampus(campus)
                    : rule.rule() == Rule.INVITATION ? invitation(campus) : rule.fields());
        }
        if (route.pattern().contains("/pieces")) {
            path += "?version=-1";
        }
        String email = account == null ? "" : account.email;
        String password = account == null ? "" : DemoAccount.PASSWORD;
        if (route.pattern().startsWith("/api/v1/imports/")) {
            return account == null ? session.json("POST", path, "")
                    : session.postFileWithBasic(path, "vide.csv", "uai\n".getBytes(), email, password);
        }
        String body = rule.rule() == Rule.INVITATION ? invitationJson(campus) : rule.body() != null ? rule.body()
                : campus == OWN ? NEW_CAMPUS.formatted("44", "12") : NEW_CAMPUS.formatted("24", "18");
        return account == null ? session.json(route.method(), path, body)
                : session.jsonWithBasic(route.method(), path, body, email, password);
    }

    /** The contact of a member that is not, on the campus tried: an allowed user is told so, nothing is written. */
    private static Map<String, String> invitation(long campus) {
        return Map.of("email", "matrice@cmq.test", "displayName", "Matrice", "role", "MEMBER_CONTACT",
                "campusId", String.valueOf(campus), "organisationId", WriteRouteRules.OTHER_ID);
    }

    private static String invitationJson(long campus) {
        return "{\"email\":\"matrice@cmq.test\",\"displayName\":\"Matrice\",\"role\":\"MEMBER_CONTACT\",\"campusId\":"
                + campus + ",\"organisationId\":" + WriteRouteRules.OTHER_ID + "}";
    }

    /** A campus to create, in the demo pilots' territory for their own campus, elsewhere for the foreign one. */
    private static Map<String, String> newCampus(long campus) {
        return Map.of("name", "Campus de la matrice", "filiereCode", "BATIMENT", "category", "CMQ",
                "regionCode", campus == OWN ? "44" : "24", "academieCodes", campus == OWN ? "12" : "18");
    }
}
