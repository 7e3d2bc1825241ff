package fr.cmq.resilience;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The authorization matrix's table: for each write route of the platform, who may use it and what is sent — each body
 * chosen so that an allowed user is answered without anything written (a version that never was, an identifier that
 * is not).
 */
final class WriteRouteRules {

    static final String OTHER_ID = "999999";

    private WriteRouteRules() {
    }

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
        DOSSIER_EXPERTS,
        /** On an external evaluation that is not: its assigned experts, and it has none. */
        EVALUATION_EXPERTS
    }

    /** A route's rule and what is sent: form fields for a page, a JSON body for the API. */
    record Case(Rule rule, boolean api, @Nullable String body, Map<String, String> fields) {
    }

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
    static final Map<String, Case> CASES = Map.ofEntries(
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
            // the comité of the campus's région: a stale version (409), nothing sent (400), a row that is not (404)
            page("POST /comites/{region}/membres-designes", Rule.PILOTS, Map.of("version", "-1")),
            page("POST /comites/{region}/representants", Rule.PILOTS),
            page("POST /comites/{region}/representants/{representativeId}/suppression", Rule.PILOTS),
            page("POST /comites/{region}/reunions", Rule.PILOTS),
            page("POST /comites/{region}/reunions/{meetingId}", Rule.PILOTS, Map.of("version", "-1")),
            page("POST /comites/{region}/reunions/{meetingId}/suppression", Rule.PILOTS),
            page("POST /campus/{id}/budget/{year}/etablissement", Rule.PILOTS, Map.of("version", "-1", "meetingId", OTHER_ID)),
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
            page("POST /dossiers/{id}/etapes/{name}/signature", Rule.DOSSIER_ADMIN, Map.of("version", "-1", "read", "true")),
            page("POST /campus/{id}/dossiers", Rule.TEAM),
            page("POST /dossiers/{id}/experts", Rule.DOSSIER_ADMIN),
            page("POST /dossiers/{id}/experts/relance", Rule.DOSSIER_ADMIN),
            // the box unticked: anyone not assigned is refused before the box is looked at
            page("POST /dossiers/{id}/expertise/declaration", Rule.DOSSIER_EXPERTS),
            page("POST /dossiers/{id}/expertise/notes", Rule.DOSSIER_EXPERTS, Map.of("score_C01", "3")),
            page("POST /dossiers/{id}/expertise/rapport", Rule.DOSSIER_EXPERTS, Map.of("verdict", "FAVORABLE", "report", "R")),
            page("POST /admin/experts", Rule.ADMIN),
            page("POST /dossiers/{id}/prolongation", Rule.DOSSIER_ADMIN),
            // a reminder on no dossier: the administration gets 400, nothing is sent
            page("POST /dossiers/lot", Rule.ADMIN, Map.of("action", "RELANCE")),
            api("POST /api/v1/dossiers/{id}/deadline", Rule.DOSSIER_ADMIN, "{}"),
            page("POST /admin/campagnes", Rule.ADMIN),
            page("POST /admin/campagnes/grilles", Rule.ADMIN),
            api("POST /api/v1/grids", Rule.ADMIN, ""),
            page("POST /admin/referentiels", Rule.ADMIN),
            api("POST /api/v1/frameworks", Rule.ADMIN, ""),
            // a référentiel, a self-evaluation or a référence that is not: an allowed user gets 404, nothing is written
            page("POST /campus/{id}/auto-evaluation", Rule.TEAM, Map.of("frameworkId", OTHER_ID)),
            page("POST /campus/{id}/auto-evaluation/{evaluationId}/soumettre", Rule.TEAM, Map.of("version", "0")),
            page("POST /campus/{id}/auto-evaluation/{evaluationId}/references/{code}", Rule.TEAM,
                    Map.of("domain", "1", "version", "0")),
            api("POST /api/v1/campuses/{id}/self-evaluations", Rule.TEAM, "{\"frameworkId\":" + OTHER_ID + "}"),
            api("PUT /api/v1/campuses/{id}/self-evaluations/{evaluationId}/references/{code}", Rule.TEAM,
                    "{\"position\":2,\"version\":0}"),
            api("POST /api/v1/campuses/{id}/self-evaluations/{evaluationId}/transitions/{name}", Rule.TEAM,
                    "{\"version\":0}"),
            // on a self-evaluation that is not: the administration (the team) gets 404, nobody is assigned
            page("POST /campus/{id}/auto-evaluation/{evaluationId}/experts", Rule.ADMIN, Map.of("expertId", "1")),
            page("POST /campus/{id}/auto-evaluation/{evaluationId}/recommandations", Rule.TEAM,
                    Map.of("referenceCode", "1.1.1", "text", "R", "ownerName", "P", "dueOn", "2099-01-01")),
            api("POST /api/v1/campuses/{id}/self-evaluations/{evaluationId}/surveys", Rule.TEAM,
                    "{\"audience\":\"APPRENANTS\",\"domain\":1}"),
            api("POST /api/v1/campuses/{id}/self-evaluations/{evaluationId}/surveys/{surveyId}/close", Rule.TEAM, ""),
            // no file, a document that is not: the team gets 400, 404; nothing is written
            page("POST /campus/{id}/auto-evaluation/{evaluationId}/references/{code}/documents", Rule.TEAM),
            page("POST /campus/{id}/auto-evaluation/{evaluationId}/references/{code}/documents/{documentId}/retrait",
                    Rule.TEAM),
            // without saying which way: the team gets 400, nothing changes
            page("POST /campus/{id}/maturite/publication", Rule.TEAM),
            page("POST /campus/{id}/auto-evaluation/{evaluationId}/questionnaires", Rule.TEAM,
                    Map.of("audience", "APPRENANTS", "domain", "1")),
            page("POST /campus/{id}/auto-evaluation/{evaluationId}/questionnaires/{surveyId}/cloture", Rule.TEAM),
            // a questionnaire's link that is not: whoever holds a link answers, and this one leads nowhere (404)
            page("POST /questionnaires/{token}", Rule.PUBLIC, Map.of("position_1.1.1", "2")),
            page("POST /evaluations-externes/{evaluationId}/declaration", Rule.EVALUATION_EXPERTS,
                    Map.of("noConflict", "true")),
            page("POST /evaluations-externes/{evaluationId}/references/{code}", Rule.EVALUATION_EXPERTS,
                    Map.of("domain", "1", "version", "0", "position", "2")),
            page("POST /evaluations-externes/{evaluationId}/domaines/{number}", Rule.EVALUATION_EXPERTS,
                    Map.of("version", "0", "verdict", "FAVORABLE", "reasons", "R")),
            page("POST /evaluations-externes/{evaluationId}/avis", Rule.EVALUATION_EXPERTS,
                    Map.of("version", "0", "verdict", "FAVORABLE", "reasons", "R")),
            page("POST /evaluations-externes/{evaluationId}/publier", Rule.EVALUATION_EXPERTS, Map.of("version", "0")),
            api("POST /api/v1/campuses/{id}/self-evaluations/{evaluationId}/experts", Rule.ADMIN, "{\"expertId\":1}"),
            api("POST /api/v1/campuses/{id}/self-evaluations/{evaluationId}/recommendations", Rule.TEAM,
                    "{\"referenceCode\":\"1.1.1\",\"text\":\"R\",\"ownerName\":\"P\",\"dueOn\":\"2099-01-01\"}"),
            api("POST /api/v1/external-evaluations/{evaluationId}/no-conflict", Rule.EVALUATION_EXPERTS,
                    "{\"noConflict\":true}"),
            api("PUT /api/v1/external-evaluations/{evaluationId}/references/{code}", Rule.EVALUATION_EXPERTS,
                    "{\"position\":2,\"version\":0}"),
            api("PUT /api/v1/external-evaluations/{evaluationId}/domains/{number}", Rule.EVALUATION_EXPERTS,
                    "{\"verdict\":\"FAVORABLE\",\"reasons\":\"R\",\"version\":0}"),
            api("PUT /api/v1/external-evaluations/{evaluationId}/verdict", Rule.EVALUATION_EXPERTS,
                    "{\"verdict\":\"FAVORABLE\",\"reasons\":\"R\",\"version\":0}"),
            api("POST /api/v1/external-evaluations/{evaluationId}/transitions/{name}", Rule.EVALUATION_EXPERTS,
                    "{\"version\":0}"),
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
            api("POST /api/v1/dossiers/{id}/review/report", Rule.DOSSIER_EXPERTS, "{\"verdict\":\"FAVORABLE\",\"report\":\"R\"}"),
            api("POST /api/v1/experts", Rule.ADMIN, "{\"email\":\"x\",\"name\":\"X\",\"college\":\"ETAT_COLLECTIVITES\"}"),
            api("DELETE /api/v1/campuses/{id}", Rule.ADMIN, ""));

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
