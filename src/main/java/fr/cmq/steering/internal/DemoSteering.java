package fr.cmq.steering.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.Finalite;
import fr.cmq.campus.Member;
import fr.cmq.campus.OrganisationType;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.FrenchCalendar;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.demo.DemoData;
import fr.cmq.steering.ActionDetails;
import fr.cmq.steering.ActionStatus;
import fr.cmq.steering.Audience;
import fr.cmq.steering.BudgetContributions;
import fr.cmq.steering.CampusActions;
import fr.cmq.steering.CampusAgenda;
import fr.cmq.steering.CampusBudgets;
import fr.cmq.steering.CampusPlan;
import fr.cmq.steering.ContributionKind;
import fr.cmq.steering.DiagnosticDetails;
import fr.cmq.steering.EventDetails;
import fr.cmq.steering.EventKind;
import fr.cmq.steering.FundingSource;
import fr.cmq.steering.LineDetails;
import fr.cmq.steering.LineDirection;
import fr.cmq.steering.NewContribution;
import fr.cmq.steering.ObjectiveDetails;

/**
 * The steering of the demonstration campuses, dated from today: the Énergie et maintenance campus has three
 * objectives, actions in every status (two late) and this year's budget submitted to its chef d'établissement, with
 * contributions from all its members but its lycée des métiers (which gave last year); the others a lighter plan and
 * a draft budget; every campus announces events, the first one eight of them, past and coming.
 */
@Component
@Order(5)
@RequiredArgsConstructor
class DemoSteering implements DemoData {

    private static final CmqUser DEMO = CmqUser.demonstration();

    private final CampusPlan plan;
    private final CampusActions campusActions;
    private final CampusBudgets budgets;
    private final BudgetContributions budgetContributions;
    private final CampusAgenda agenda;
    private final DemoIndicators demoIndicators;
    private final CampusDirectory campuses;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select exists (select 1 from strategic_objective)").query(Boolean.class).single()) {
            return;
        }
        demoIndicators.catalogue();
        for (var summary : campuses.search(CampusSearch.everything(), 0, 100).content()) {
            var campus = campuses.find(summary.id()).orElseThrow();
            if (campus.activeMembers().isEmpty()) {
                continue;
            }
            if (campus.id() == 1) {
                energy(campus);
            } else {
                lighter(campus);
            }
        }
    }

    private void energy(CampusDetails campus) {
        var today = LocalDate.now(clock);
        var members = campus.activeMembers();
        plan.describeDiagnostic(DEMO, campus.id(), 0, new DiagnosticDetails("Le bassin de Thionville et la vallée"
                + " de la Fensch comptent 1 200 entreprises de l'énergie et de la maintenance industrielle, dont la"
                + " moitié peinent à recruter des techniciens ; les formations du territoire remplissent mal leurs"
                + " sections d'apprentissage et les jeunes femmes y restent rares (12 %).", today.minusMonths(14),
                "Observatoire régional emploi-formation ; enquête auprès de 80 entreprises du réseau ; données"
                        + " Affelnet et Parcoursup du bassin."), null);
        long attract = plan.addObjective(DEMO, campus.id(), new ObjectiveDetails(
                "Rendre visibles et attractifs les métiers de la maintenance et de l'énergie",
                "Faire découvrir les métiers dès la 4e, et casser les représentations genrées des métiers techniques.",
                List.of(Finalite.ATTRACTIVITE_VOIE_PRO, Finalite.VISIBILITE_PARTENAIRES), today.getYear() - 1,
                today.getYear() + 2));
        long paths = plan.addObjective(DEMO, campus.id(), new ObjectiveDetails(
                "Construire des parcours de formation continus du CAP au BUT",
                "Mixer les statuts et les publics, faciliter les poursuites d'études et les changements de statut.",
                List.of(Finalite.ELEVATION_QUALIFICATION, Finalite.INSERTION_PROFESSIONNELLE), today.getYear() - 1,
                today.getYear() + 2));
        long companies = plan.addObjective(DEMO, campus.id(), new ObjectiveDetails(
                "Répondre aux besoins en compétences des entreprises de la vallée de la Fensch",
                "Associer les entreprises de l'énergie et de la maintenance à la formation, des plateaux techniques à l'apprentissage.",
                List.of(Finalite.LIENS_ENTREPRISES, Finalite.DEVELOPPEMENT_TERRITOIRE), today.getYear() - 1,
                today.getYear() + 2));
        demoIndicators.measures(campus, today);
        Member lycee = byType(members, OrganisationType.LYCEE_DES_METIERS, 0);
        Member cfa = byType(members, OrganisationType.CFA, 2);
        Member iut = byType(members, OrganisationType.ENSEIGNEMENT_SUPERIEUR, 3);
        Member company = byType(members, OrganisationType.ENTREPRISE, 4);
        var planned = new ArrayList<Long>();
        planned.add(action(campus, attract, "Journées découverte des métiers pour les classes de 4e", "Claire Martin", lycee,
                List.of(lycee, company), today.minusMonths(14), today.minusMonths(8), ActionStatus.TERMINEE, null, "4800",
                "EVENEMENTS"));
        planned.add(action(campus, attract, "Hackathon « énergie 2030 » inter-établissements", "Karim Benali", iut,
                List.of(iut, lycee, cfa, company), today.minusMonths(3), today.plusMonths(2), ActionStatus.EN_COURS, null, "12000",
                "EVENEMENTS", "ETUDIANTS"));
        planned.add(action(campus, attract, "Campagne « Les filles et la maintenance »", "Sophie Leroy", lycee,
                List.of(lycee, cfa), today.minusMonths(6), today.minusDays(20), ActionStatus.EN_COURS, null, "3000",
                "PART_FEMMES"));
        planned.add(action(campus, paths, "Passerelle bac pro vers BTS en apprentissage", "Thomas Weber", cfa,
                List.of(cfa, lycee), today.minusMonths(10), today.plusMonths(6), ActionStatus.EN_COURS, null, "6500",
                "APPRENTIS"));
        planned.add(action(campus, paths, "Module d'accueil commun des nouveaux BTS et BUT", "Julie Schmitt", iut,
                List.of(iut, cfa), today.plusMonths(1), today.plusMonths(4), ActionStatus.PREVUE, null, null, "ETUDIANTS"));
        planned.add(action(campus, paths, "Travaux tutorés inter-niveaux avec jury de professionnels", "Marc Durand", lycee,
                List.of(lycee, iut, company), today.minusMonths(4), today.minusDays(5), ActionStatus.PREVUE, null, "2000"));
        planned.add(action(campus, companies, "Plateau technique partagé de maintenance industrielle", "Paul Muller", company,
                List.of(company, lycee, cfa), today.minusMonths(18), today.minusMonths(2), ActionStatus.TERMINEE, null, "45000",
                "ENTREPRISES_PARTENAIRES"));
        planned.add(action(campus, companies, "Formation des enseignants aux pompes à chaleur", "Anne Klein", cfa,
                List.of(cfa, company), today.plusMonths(2), today.plusMonths(3), ActionStatus.PREVUE, null, "5200"));
        planned.add(action(campus, companies, "Mobilités Erasmus+ d'apprentis en Sarre et au Luxembourg", "Thomas Weber", cfa,
                List.of(cfa), today.minusMonths(5), today.plusMonths(7), ActionStatus.EN_COURS, null, "18000",
                "MOBILITES_ERASMUS"));
        planned.add(action(campus, attract, "Salon virtuel des métiers de l'énergie", "Sophie Leroy", lycee,
                List.of(lycee), today.minusMonths(9), today.minusMonths(4), ActionStatus.ABANDONNEE,
                "Remplacé par le hackathon, plus mobilisateur pour les jeunes.", null));
        campusActions.addNote(DEMO, campus.id(), planned.get(1), today.minusMonths(1),
                "Six équipes inscrites, dont deux mixtes lycée-IUT ; jury de quatre entreprises confirmé.");
        campusActions.addNote(DEMO, campus.id(), planned.get(2), today.minusMonths(2),
                "Les visites d'ateliers ont pris du retard : la clôture est reportée à la rentrée.");

        var now = LocalDateTime.now(clock.withZone(FrenchDates.FRANCE)).withMinute(0).withSecond(0).withNano(0);
        event(campus, EventKind.HACKATHON, "Hackathon « énergie 2030 »", now.plusDays(24).withHour(9), 2, planned.get(1),
                "IUT de Thionville-Yutz", "Yutz", List.of(Audience.LYCEENS, Audience.ETUDIANTS, Audience.APPRENTIS),
                List.of(4, 5, 6), List.of(iut, lycee, cfa, company), "Deux jours pour imaginer la maintenance des"
                        + " installations d'énergie de demain, en équipes mixtes lycée, CFA et IUT, devant un jury"
                        + " d'entreprises.", null);
        event(campus, EventKind.JOURNEE_RECRUTEMENT, "Journée de recrutement des apprentis de la maintenance",
                now.plusDays(45).withHour(10), 0, null, "CFA de l'industrie de Moselle", "Yutz",
                List.of(Audience.LYCEENS, Audience.APPRENTIS, Audience.ENTREPRISES, Audience.FAMILLES), List.of(4, 5),
                List.of(cfa, company), "Les entreprises du réseau rencontrent les candidats à l'apprentissage :"
                        + " venez avec votre CV.", "https://www.cfa-moselle.example/recrutement");
        event(campus, EventKind.DECOUVERTE_METIERS, "Découverte des métiers de l'énergie pour les classes de 4e",
                now.plusDays(10).withHour(13), 0, planned.get(0), "Lycée des métiers de l'énergie", "Thionville",
                List.of(Audience.COLLEGIENS, Audience.ENSEIGNANTS), List.of(), List.of(lycee, company),
                "Ateliers et démonstrations au plateau technique : les collégiens manipulent et rencontrent des"
                        + " professionnels.", null);
        event(campus, EventKind.MOBILITE_ERASMUS, "Départ en mobilité Erasmus+ des apprentis en Sarre",
                now.plusDays(70).withHour(8), 14, planned.get(8), "Saarbrücken", "Sarrebruck (Allemagne)",
                List.of(Audience.APPRENTIS), List.of(5), List.of(cfa), "Deux semaines en entreprise de l'autre côté"
                        + " de la frontière.", null);
        event(campus, EventKind.PORTES_OUVERTES, "Portes ouvertes du réseau", now.minusDays(40).withHour(9), 0, null,
                "Lycée des métiers de l'énergie", "Thionville", List.of(Audience.COLLEGIENS, Audience.LYCEENS,
                        Audience.FAMILLES), List.of(3, 4, 5), List.of(lycee, cfa, iut), null, null, 420);
        event(campus, EventKind.FORMATION_ENSEIGNANTS, "Formation des enseignants aux pompes à chaleur",
                now.minusDays(20).withHour(9), 1, planned.get(7), "Aciérie de la Fensch", "Hayange",
                List.of(Audience.ENSEIGNANTS), List.of(), List.of(cfa, company), null, null, 18);
        event(campus, EventKind.TRAVAUX_TUTORES, "Jury des travaux tutorés inter-niveaux", now.minusDays(6).withHour(14),
                0, planned.get(5), "IUT de Thionville-Yutz", "Yutz", List.of(Audience.LYCEENS, Audience.ETUDIANTS,
                        Audience.ENTREPRISES), List.of(4, 5, 6), List.of(lycee, iut, company), null, null, null);
        event(campus, EventKind.CONCOURS, "Concours régional de maintenance industrielle", now.minusMonths(5).withHour(9),
                0, null, "Lycée des métiers de l'énergie", "Thionville", List.of(Audience.LYCEENS, Audience.APPRENTIS),
                List.of(4), List.of(lycee, cfa), null, null, 64);

        int year = today.getYear();
        line(campus, year, LineDirection.RESSOURCE, FundingSource.REGION, null, "Subvention régionale de fonctionnement", "60000", "45000");
        line(campus, year, LineDirection.RESSOURCE, FundingSource.ETAT, null, "Crédits du rectorat", "25000", "25000");
        line(campus, year, LineDirection.RESSOURCE, FundingSource.FRANCE_2030, null, "AMI Compétences et métiers d'avenir", "40000", "20000");
        line(campus, year, LineDirection.RESSOURCE, FundingSource.ERASMUS_PLUS, null, "Projet de mobilité des apprentis", "18000", "9000");
        line(campus, year, LineDirection.RESSOURCE, FundingSource.ENTREPRISES, null, "Mécénat des entreprises partenaires", "12000", "8500");
        line(campus, year, LineDirection.DEPENSE, null, null, "Poste du directeur opérationnel et fonctionnement", "70000", "52000");
        line(campus, year, LineDirection.DEPENSE, null, planned.get(1), null, "12000", "4000");
        line(campus, year, LineDirection.DEPENSE, null, planned.get(3), null, "6500", "3000");
        line(campus, year, LineDirection.DEPENSE, null, planned.get(8), null, "18000", "9000");
        line(campus, year, LineDirection.DEPENSE, null, planned.get(7), null, "5200", null);
        line(campus, year, LineDirection.DEPENSE, null, planned.get(5), null, "2000", null);
        budgets.submit(DEMO, campus.id(), year, budgets.read(DEMO, campus.id(), year).version());

        var kinds = ContributionKind.values();
        var contributing = members.stream().filter(member -> member.id() != lycee.id()).toList();
        for (int i = 0; i < contributing.size(); i++) {
            var member = contributing.get(i);
            var kind = kinds[i % kinds.length];
            budgetContributions.declare(DEMO, campus.id(), year, new NewContribution(member.id(), kind,
                    new BigDecimal(kind == ContributionKind.FINANCIERE ? "5000" : kind == ContributionKind.HUMAINE ? "3600" : "2500"),
                    kind == ContributionKind.HUMAINE ? new BigDecimal("80") : null, switch (kind) {
                        case FINANCIERE -> "Participation au fonctionnement du campus";
                        case MATERIELLE -> "Prêt du plateau technique et des équipements de mesure";
                        case HUMAINE -> "Interventions de professionnels et jurys";
                    }, false));
        }
        budgetContributions.declare(DEMO, campus.id(), year - 1, new NewContribution(lycee.id(),
                ContributionKind.FINANCIERE, new BigDecimal("1500"), null, "Cotisation", false));
    }

    private void lighter(CampusDetails campus) {
        var today = LocalDate.now(clock);
        var members = campus.activeMembers();
        if (campus.id() % 2 == 1) {
            // half the campuses shared their diagnostic: their maturity reaches level 1, the others' does not
            plan.describeDiagnostic(DEMO, campus.id(), 0, new DiagnosticDetails("Besoins en compétences de la filière "
                    + campus.filiere().label().toLowerCase(java.util.Locale.FRANCE) + " sur le territoire du campus ("
                    + (campus.territoryDescription() == null ? campus.regionName() : campus.territoryDescription())
                    + ") : recrutements difficiles sur les métiers techniques, poursuites d'études à fluidifier entre"
                    + " les établissements du réseau.", today.minusMonths(9),
                    "Observatoire régional emploi-formation ; enquête auprès des entreprises du réseau."), null);
        }
        long objective = plan.addObjective(DEMO, campus.id(), new ObjectiveDetails(
                "Faire connaître les formations et les métiers de la filière",
                null, List.of(Finalite.ATTRACTIVITE_VOIE_PRO), today.getYear(), today.getYear() + 3));
        long action = action(campus, objective, "Portes ouvertes communes du réseau", "Équipe du campus", members.getFirst(),
                members, today.minusMonths(2), today.plusMonths(3), ActionStatus.EN_COURS, null, "3000");
        var now = LocalDateTime.now(clock.withZone(FrenchDates.FRANCE)).withMinute(0).withSecond(0).withNano(0);
        event(campus, EventKind.PORTES_OUVERTES, "Portes ouvertes du campus " + campus.name(),
                now.plusDays(20 + campus.id() % 30).withHour(9), 0, action, members.getFirst().name(),
                members.getFirst().communeName(), List.of(Audience.COLLEGIENS, Audience.LYCEENS, Audience.FAMILLES),
                List.of(3, 4, 5), List.of(members.getFirst()), null, null);
        int year = today.getYear();
        line(campus, year, LineDirection.RESSOURCE, FundingSource.REGION, null, null, "30000", null);
        line(campus, year, LineDirection.DEPENSE, null, action, null, "3000", null);
        budgetContributions.declare(DEMO, campus.id(), year, new NewContribution(members.getFirst().id(),
                ContributionKind.HUMAINE, new BigDecimal("1800"), new BigDecimal("40"), "Organisation des portes ouvertes", false));
    }

    private long action(CampusDetails campus, long objective, String title, String pilot, Member pilotMember,
            List<Member> involved, LocalDate starts, LocalDate ends, ActionStatus status, @Nullable String reason,
            @Nullable String budget, String... indicatorCodes) {
        var details = new ActionDetails(objective, title, null, pilot, pilotMember.id(),
                involved.stream().map(Member::id).distinct().toList(), starts, ends, ActionStatus.PREVUE, null,
                budget == null ? null : new BigDecimal(budget), null, List.of(indicatorCodes));
        long id = campusActions.addAction(DEMO, campus.id(), details);
        var path = switch (status) {
            case PREVUE -> List.<ActionStatus>of();
            case EN_COURS -> List.of(ActionStatus.EN_COURS);
            case TERMINEE -> List.of(ActionStatus.EN_COURS, ActionStatus.TERMINEE);
            case ABANDONNEE -> List.of(ActionStatus.ABANDONNEE);
        };
        for (ActionStatus next : path) {
            var current = campusActions.action(DEMO, campus.id(), id);
            campusActions.updateAction(DEMO, campus.id(), id, current.version(), new ActionDetails(objective, title, null, pilot,
                    pilotMember.id(), details.memberIds(), starts, ends, next, reason, details.budget(), null,
                    details.indicatorCodes()));
        }
        return id;
    }

    private void line(CampusDetails campus, int year, LineDirection direction, @Nullable FundingSource source,
            @Nullable Long action, @Nullable String label, String planned, @Nullable String actual) {
        budgets.addLine(DEMO, campus.id(), year, budgets.read(DEMO, campus.id(), year).version(), new LineDetails(
                direction, source, action, label, new BigDecimal(planned), actual == null ? null : new BigDecimal(actual)));
    }

    private void event(CampusDetails campus, EventKind kind, String title, LocalDateTime starts, int days,
            @Nullable Long action, String place, @Nullable String town, List<Audience> audiences, List<Integer> levels,
            List<Member> members, @Nullable String description, @Nullable String registration) {
        event(campus, kind, title, starts, days, action, place, town, audiences, levels, members, description,
                registration, null);
    }

    private void event(CampusDetails campus, EventKind kind, String title, LocalDateTime starts, int days,
            @Nullable Long action, String place, @Nullable String town, List<Audience> audiences, List<Integer> levels,
            List<Member> members, @Nullable String description, @Nullable String registration,
            @Nullable Integer attendance) {
        // a demonstration event falls on working days, never on a week-end or a public holiday; a past one stays past
        boolean past = starts.isBefore(LocalDateTime.now(clock.withZone(FrenchDates.FRANCE)));
        var day = past ? FrenchCalendar.lastWorkingDays(starts.toLocalDate(), days)
                : FrenchCalendar.firstWorkingDays(starts.toLocalDate(), days);
        var on = starts.with(day);
        agenda.add(DEMO, campus.id(), new EventDetails(kind, title, on, on.plusDays(days).plusHours(days == 0 ? 4 : 8),
                null, place, town, audiences, levels, members.stream().map(Member::id).distinct().toList(), action,
                description, registration, true, attendance));
    }

    private static Member byType(List<Member> members, OrganisationType type, int fallback) {
        return members.stream().filter(m -> m.organisationType() == type).findFirst()
                .orElse(members.get(Math.min(fallback, members.size() - 1)));
    }
}
