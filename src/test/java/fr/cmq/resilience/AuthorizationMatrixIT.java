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
    private static final String OTHER_ID = "999999";

    /** Who may use a route. */
    enum Rule {
        /** Everyone, signed in or not: what a person reaches from an e-mail before it can sign in. */
        PUBLIC,
        /** Anyone signed in, on its own account: nothing in the request names another. */
        SIGNED_IN,
        /** The national administration only. */
        ADMIN,
        /** The campus's team (director, chef d'établissement support) and the national administration. */
        TEAM,
        /** The pilots of the campus's territory and the national administration. */
        PILOTS,
        /** Creation: the national administration, and pilots inside their territory. */
        CREATION,
        /** The campus's team, and the contact of one of its members for its own organisation's offer or contributions. */
        NETWORK,
        /** An invitation to a campus: the national administration, its pilots and its director. */
        INVITATION,
        /**
         * An act on an account: those who open accounts (the national administration, pilots, directors); each then
         * finds only the accounts it may act on, the others answered 404.
         */
        INVITERS,
        /** The sign-off of the chef d'établissement support, and the national administration. */
        SIGN_OFF,
        /** On the Bois campus's dossier, whatever the campus tried: its team and the national administration. */
        DOSSIER_TEAM,
        /** On the Bois campus's dossier: the national administration alone. */
        DOSSIER_ADMIN,
        /** On the Bois campus's dossier: its assigned experts, and it has none. */
        DOSSIER_EXPERTS
    }

    /** The Bois campus's dossier in the demonstration's open campaign: the first one opened. */
    private static final String BOIS_DOSSIER = "1";

    /** A budget line and a sign-off step read at a version that never was: an allowed user gets 409, nothing changes. */
    private static final String LINE = "{\"direction\":\"RESSOURCE\",\"source\":\"REGION\",\"planned\":1,\"version\":-1}";
    /** An action under an objective that is not: an allowed user gets 400, nothing is written. */
    private static final String ACTION = "{\"title\":\"A\",\"pilotName\":\"P\",\"startsOn\":\"2026-01-01\","
            + "\"endsOn\":\"2026-02-01\",\"objectiveId\":999999,\"version\":0}";
    /** An event at a site that is not the campus's: an allowed user gets 400, nothing is written. */
    private static final String EVENT = "{\"kind\":\"AUTRE\",\"title\":\"E\",\"startsAt\":\"2026-01-01T10:00\","
            + "\"endsAt\":\"2026-01-01T12:00\",\"audiences\":[\"FAMILLES\"],\"siteId\":999999,\"version\":0}";
    private static final String STALE_STEP = "{\"version\":-1,\"reason\":\"Motif\"}";

    /** How each route is tried: its rule and, for the API, a body that passes validation. */
    private static final Map<String, Case> CASES = Map.ofEntries(
            page("POST /admin/imports", Rule.ADMIN),
            page("POST /admin/entreprises", Rule.ADMIN),
            page("POST /campus/{id}/modifier", Rule.TEAM),
            page("POST /campus/{id}/documents/convention", Rule.TEAM),
            page("POST /campus/{id}/documents/logo", Rule.TEAM),
            page("POST /campus/{id}/documents/lettre-de-mission", Rule.PILOTS),
            page("POST /campus/{id}/gouvernance", Rule.TEAM),
            page("POST /campus/{id}/gouvernance/{instanceId}/composition", Rule.TEAM),
            page("POST /campus/{id}/gouvernance/{instanceId}/reunions", Rule.TEAM),
            page("POST /campus/{id}/gouvernance/{instanceId}/suppression", Rule.TEAM),
            page("POST /campus/{id}/gouvernance/{instanceId}/composition/{seatId}/suppression", Rule.TEAM),
            page("POST /campus/{id}/reseau", Rule.TEAM),
            page("POST /campus/{id}/reseau/{memberId}/depart", Rule.TEAM, Map.of("leftOn", "2026-01-01")),
            // another organisation than the member contact's own: only its campus team may
            page("POST /campus/{id}/reseau/{memberId}/coordonnees", Rule.TEAM, Map.of("version", "0")),
            page("POST /campus/{id}/budget/{year}/lignes", Rule.TEAM),
            page("POST /campus/{id}/budget/{year}/lignes/{lineId}", Rule.TEAM),
            page("POST /campus/{id}/budget/{year}/lignes/{lineId}/suppression", Rule.TEAM),
            page("POST /campus/{id}/budget/{year}/contributions", Rule.NETWORK),
            page("POST /campus/{id}/budget/{year}/contributions/{contributionId}/suppression", Rule.NETWORK),
            page("POST /campus/{id}/budget/{year}/soumission", Rule.TEAM),
            page("POST /campus/{id}/budget/{year}/validation", Rule.SIGN_OFF),
            page("POST /campus/{id}/budget/{year}/renvoi", Rule.SIGN_OFF),
            page("POST /campus/{id}/budget/{year}/avenant", Rule.TEAM),
            page("POST /campus/{id}/evenements", Rule.TEAM),
            page("POST /campus/{id}/evenements/{eventId}", Rule.TEAM),
            page("POST /campus/{id}/evenements/{eventId}/participation", Rule.TEAM),
            page("POST /campus/{id}/evenements/{eventId}/suppression", Rule.TEAM),
            page("POST /campus/{id}/plan/diagnostic", Rule.TEAM),
            page("POST /campus/{id}/tableau-de-bord/{code}/mesures", Rule.TEAM),
            page("POST /campus/{id}/tableau-de-bord/{code}/cibles", Rule.TEAM),
            page("POST /campus/{id}/tableau-de-bord/suivis", Rule.TEAM),
            page("POST /campus/{id}/tableau-de-bord/import", Rule.TEAM),
            page("POST /campus/{id}/tableau-de-bord/{code}/correction", Rule.TEAM),
            page("POST /campus/{id}/tableau-de-bord/{code}/mesures/{date}/suppression", Rule.TEAM),
            // withdrawing a publication that is not: an allowed user changes nothing
            page("POST /campus/{id}/tableau-de-bord/publication", Rule.TEAM, Map.of("published", "false")),
            // another organisation than the member contact's own: only its campus team may say it takes part
            page("POST /campus/{id}/plan/actions/{actionId}/participation", Rule.TEAM,
                    Map.of("memberId", OTHER_ID, "participates", "true")),
            page("POST /campus/nouveau", Rule.CREATION),
            page("POST /comptes/inviter", Rule.INVITATION),
            page("POST /mot-de-passe", Rule.PUBLIC),
            page("POST /mot-de-passe-oublie", Rule.PUBLIC),
            page("POST /comptes/{id}/roles/{grantId}/fin", Rule.INVITERS),
            page("POST /comptes/{id}/desactiver", Rule.INVITERS),
            page("POST /comptes/{id}/activer", Rule.INVITERS),
            page("POST /comptes/{id}/relancer", Rule.INVITERS),
            api("POST /api/v1/accounts", Rule.INVITATION, null),
            api("POST /api/v1/accounts/{id}/grants", Rule.INVITERS,
                    "{\"role\":\"MEMBER_CONTACT\",\"campusId\":1,\"organisationId\":999999,\"version\":-1}"),
            api("DELETE /api/v1/accounts/{id}/grants/{grantId}", Rule.INVITERS, ""),
            api("POST /api/v1/accounts/{id}/disable", Rule.INVITERS, "{\"version\":-1}"),
            api("POST /api/v1/accounts/{id}/enable", Rule.INVITERS, "{\"version\":-1}"),
            page("POST /mon-compte/mot-de-passe", Rule.SIGNED_IN),
            page("POST /mon-compte/jetons", Rule.SIGNED_IN),
            page("POST /mon-compte/sessions/{id}/fermer", Rule.SIGNED_IN),
            page("POST /mon-compte/jetons/{id}/revoquer", Rule.SIGNED_IN),
            page("POST /campus/{id}/plan/objectifs", Rule.TEAM),
            page("POST /campus/{id}/plan/objectifs/{objectiveId}", Rule.TEAM),
            page("POST /campus/{id}/plan/objectifs/{objectiveId}/suppression", Rule.TEAM),
            page("POST /campus/{id}/plan/actions", Rule.TEAM),
            page("POST /campus/{id}/plan/actions/{actionId}", Rule.TEAM),
            page("POST /campus/{id}/plan/actions/{actionId}/notes", Rule.TEAM),
            page("POST /campus/{id}/plan/actions/{actionId}/suppression", Rule.TEAM),
            page("POST /campus/{id}/offre", Rule.NETWORK),
            page("POST /campus/{id}/offre/{formationId}", Rule.NETWORK),
            page("POST /campus/{id}/offre/{formationId}/suppression", Rule.NETWORK),
            page("POST /campus/{id}/offre/import", Rule.TEAM),
            page("POST /campus/{id}/offre/parcours", Rule.TEAM),
            page("POST /campus/{id}/offre/parcours/{parcoursId}/suppression", Rule.TEAM),
            page("POST /campus/{id}/offre/passerelles", Rule.TEAM),
            page("POST /campus/{id}/offre/passerelles/{passerelleId}/suppression", Rule.TEAM),
            page("POST /campus/{id}/sites", Rule.TEAM),
            page("POST /campus/{id}/sites/{siteId}/suppression", Rule.TEAM),
            api("POST /api/v1/imports/{kind}", Rule.ADMIN, null),
            api("POST /api/v1/campuses", Rule.CREATION, null),
            api("PUT /api/v1/campuses/{id}", Rule.TEAM, "{\"name\":\"Nom\",\"version\":-1}"),
            api("POST /api/v1/campuses/{id}/members", Rule.TEAM, "{\"organisationType\":\"ENTREPRISE\"}"),
            api("PUT /api/v1/campuses/{id}/members/{memberId}", Rule.TEAM, "{\"networkRole\":\"MEMBRE\",\"version\":0}"),
            api("DELETE /api/v1/campuses/{id}/members/{memberId}", Rule.TEAM, ""),
            // a formation of another organisation than the member contact's own: only its campus team may add it
            api("POST /api/v1/campuses/{id}/formations", Rule.TEAM, "{\"memberId\":999999}"),
            api("PUT /api/v1/campuses/{id}/formations/{formationId}", Rule.NETWORK, "{\"memberId\":999999,\"version\":0}"),
            api("DELETE /api/v1/campuses/{id}/formations/{formationId}", Rule.NETWORK, ""),
            api("POST /api/v1/campuses/{id}/formations/import", Rule.TEAM, ""),
            api("POST /api/v1/campuses/{id}/parcours", Rule.TEAM, "{\"name\":\"P\",\"formationIds\":[999998,999999]}"),
            api("DELETE /api/v1/campuses/{id}/parcours/{parcoursId}", Rule.TEAM, ""),
            api("POST /api/v1/campuses/{id}/passerelles", Rule.TEAM,
                    "{\"fromFormationId\":999998,\"toFormationId\":999999,\"conditions\":\"Contrat signé\"}"),
            api("DELETE /api/v1/campuses/{id}/passerelles/{passerelleId}", Rule.TEAM, ""),
            api("POST /api/v1/campuses/{id}/budgets/{year}/contributions", Rule.TEAM,
                    "{\"memberId\":999999,\"kind\":\"FINANCIERE\",\"amount\":10}"),
            api("DELETE /api/v1/campuses/{id}/budgets/{year}/contributions/{contributionId}", Rule.NETWORK, ""),
            api("POST /api/v1/campuses/{id}/budgets/{year}/lines", Rule.TEAM, LINE),
            api("PUT /api/v1/campuses/{id}/budgets/{year}/lines/{lineId}", Rule.TEAM, LINE),
            api("DELETE /api/v1/campuses/{id}/budgets/{year}/lines/{lineId}", Rule.TEAM, ""),
            api("POST /api/v1/campuses/{id}/budgets/{year}/submit", Rule.TEAM, STALE_STEP),
            api("POST /api/v1/campuses/{id}/budgets/{year}/validate", Rule.SIGN_OFF, STALE_STEP),
            api("POST /api/v1/campuses/{id}/budgets/{year}/send-back", Rule.SIGN_OFF, STALE_STEP),
            api("POST /api/v1/campuses/{id}/budgets/{year}/amend", Rule.TEAM, STALE_STEP),
            api("POST /api/v1/campuses/{id}/actions", Rule.TEAM, ACTION),
            api("PUT /api/v1/campuses/{id}/actions/{actionId}", Rule.TEAM, ACTION),
            api("DELETE /api/v1/campuses/{id}/actions/{actionId}", Rule.TEAM, ""),
            api("PUT /api/v1/campuses/{id}/actions/{actionId}/members/{memberId}", Rule.TEAM, ""),
            api("DELETE /api/v1/campuses/{id}/actions/{actionId}/members/{memberId}", Rule.TEAM, ""),
            api("POST /api/v1/campuses/{id}/indicators/{code}/measures", Rule.TEAM,
                    "{\"measuredOn\":\"2025-01-02\",\"value\":1}"),
            api("POST /api/v1/campuses/{id}/indicators/import", Rule.TEAM, ""),
            api("PUT /api/v1/campuses/{id}/indicators/{code}/measures/{date}", Rule.TEAM, "{\"value\":1}"),
            api("DELETE /api/v1/campuses/{id}/indicators/{code}/measures/{date}", Rule.TEAM, ""),
            api("POST /api/v1/campuses/{id}/events", Rule.TEAM, EVENT),
            api("PUT /api/v1/campuses/{id}/events/{eventId}", Rule.TEAM, EVENT),
            api("POST /api/v1/campuses/{id}/events/{eventId}/attendance", Rule.TEAM, "{\"attendance\":1,\"version\":0}"),
            api("DELETE /api/v1/campuses/{id}/events/{eventId}", Rule.TEAM, ""),
            // a stale version: the team gets the conflict page, nothing is written
            page("POST /dossiers/{id}/reponses/{code}", Rule.DOSSIER_TEAM, Map.of("version", "-1", "text", "R")),
            page("POST /dossiers/{id}/reponses/{code}/pieces", Rule.DOSSIER_TEAM, Map.of("version", "-1")),
            page("POST /dossiers/{id}/reponses/{code}/pieces/{documentId}/retrait", Rule.DOSSIER_TEAM,
                    Map.of("version", "-1")),
            page("POST /dossiers/{id}/etapes/{name}", Rule.DOSSIER_ADMIN),
            page("POST /campus/{id}/dossiers", Rule.TEAM),
            page("POST /dossiers/{id}/experts", Rule.DOSSIER_ADMIN),
            page("POST /dossiers/{id}/experts/relance", Rule.DOSSIER_ADMIN),
            // the box unticked: anyone not assigned is refused before the box is looked at
            page("POST /dossiers/{id}/expertise/declaration", Rule.DOSSIER_EXPERTS),
            page("POST /dossiers/{id}/expertise/notes", Rule.DOSSIER_EXPERTS, Map.of("score_C01", "3")),
            page("POST /dossiers/{id}/expertise/rapport", Rule.DOSSIER_EXPERTS, Map.of("report", "R")),
            page("POST /admin/experts", Rule.ADMIN),
            page("POST /dossiers/{id}/prolongation", Rule.DOSSIER_ADMIN),
            // a reminder on no dossier: the administration gets 400, nothing is sent
            page("POST /dossiers/lot", Rule.ADMIN, Map.of("action", "RELANCE")),
            api("POST /api/v1/dossiers/{id}/deadline", Rule.DOSSIER_ADMIN, "{}"),
            page("POST /admin/campagnes", Rule.ADMIN),
            page("POST /admin/campagnes/grilles", Rule.ADMIN),
            api("POST /api/v1/grids", Rule.ADMIN, ""),
            api("POST /api/v1/campaigns", Rule.ADMIN, "{}"),
            api("POST /api/v1/campaigns/{id}/past-decisions", Rule.ADMIN, "{}"),
            api("POST /api/v1/dossiers/{id}/experts/reminders", Rule.DOSSIER_ADMIN, ""),
            // a campaign that is not: an allowed user gets 404, nothing is opened
            api("POST /api/v1/campuses/{id}/dossiers", Rule.TEAM, "{\"campaignId\":999999,\"kind\":\"CREATION\"}"),
            api("PUT /api/v1/dossiers/{id}/answers/{criterion}", Rule.DOSSIER_TEAM, "{\"text\":\"R\",\"version\":-1}"),
            // pieces at a stale version (in the query): the team gets 409, nothing is attached or taken off
            api("POST /api/v1/dossiers/{id}/answers/{criterion}/pieces", Rule.DOSSIER_TEAM, ""),
            api("DELETE /api/v1/dossiers/{id}/answers/{criterion}/pieces/{documentId}", Rule.DOSSIER_TEAM, ""),
            // a withdrawal without its reason: the administration gets 400, nothing changes
            api("POST /api/v1/dossiers/{id}/transitions/{name}", Rule.DOSSIER_ADMIN, "{}"),
            api("POST /api/v1/dossiers/{id}/experts", Rule.DOSSIER_ADMIN, "{\"expertId\":999999}"),
            api("POST /api/v1/dossiers/{id}/review/no-conflict", Rule.DOSSIER_EXPERTS, ""),
            api("PUT /api/v1/dossiers/{id}/review/scores/{criterion}", Rule.DOSSIER_EXPERTS, "{\"score\":3}"),
            api("POST /api/v1/dossiers/{id}/review/report", Rule.DOSSIER_EXPERTS, "{\"report\":\"R\"}"),
            api("POST /api/v1/experts", Rule.ADMIN, "{\"email\":\"x\",\"name\":\"X\",\"college\":\"ETAT_COLLECTIVITES\"}"),
            api("DELETE /api/v1/campuses/{id}", Rule.ADMIN, ""));

    private static final String NEW_CAMPUS = """
            {"name":"Campus de la matrice","filiereCode":"BATIMENT","category":"CMQ","regionCode":"%s",
             "academieCodes":["%s"]}""";

    /** A route's rule and what is sent: form fields for a page, a JSON body for the API. */
    record Case(Rule rule, boolean api, @Nullable String body, Map<String, String> fields) {
    }

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyWriteRouteAnswersEachAccountByItsRoleAndScope() {
        var writes = Routes.of(mapping).writes();
        assertThat(writes.stream().map(Routes.Route::toString).filter(route -> !CASES.containsKey(route)))
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
            var rule = CASES.get(route.toString());
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
        var rule = CASES.get(route.toString());
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
            case DOSSIER_EXPERTS -> false;
        };
    }

    private static HttpResponse<String> send(WebSession session, @Nullable DemoAccount account, Routes.Route route,
            Case rule, long campus) {
        String target = route.pattern().startsWith("/api/v1/dossiers/") || route.pattern().startsWith("/dossiers/")
                ? BOIS_DOSSIER : String.valueOf(campus);
        String path = route.pattern().replace("{id}", target).replace("{name}", "withdraw").replace("{criterion}", "C01").replace("{kind}", "annuaire").replace("{year}", "2026").replace("{code}", "INCONNU").replace("{date}", "2025-01-02")
                .replaceAll("\\{[a-zA-Z]+Id}", OTHER_ID);
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
                "campusId", String.valueOf(campus), "organisationId", OTHER_ID);
    }

    private static String invitationJson(long campus) {
        return "{\"email\":\"matrice@cmq.test\",\"displayName\":\"Matrice\",\"role\":\"MEMBER_CONTACT\",\"campusId\":"
                + campus + ",\"organisationId\":" + OTHER_ID + "}";
    }

    /** A campus to create, in the demo pilots' territory for their own campus, elsewhere for the foreign one. */
    private static Map<String, String> newCampus(long campus) {
        return Map.of("name", "Campus de la matrice", "filiereCode", "BATIMENT", "category", "CMQ",
                "regionCode", campus == OWN ? "44" : "24", "academieCodes", campus == OWN ? "12" : "18");
    }

    private static Map.Entry<String, Case> page(String route, Rule rule) {
        return page(route, rule, Map.of());
    }

    /** A page route, with the fields it needs before it asks who is there. */
    private static Map.Entry<String, Case> page(String route, Rule rule, Map<String, String> fields) {
        return Map.entry(route, new Case(rule, false, null, fields));
    }

    private static Map.Entry<String, Case> api(String route, Rule rule, @Nullable String body) {
        return Map.entry(route, new Case(rule, true, body, Map.of()));
    }
}
