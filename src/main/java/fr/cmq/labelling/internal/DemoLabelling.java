package fr.cmq.labelling.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.CampusSummary;
import fr.cmq.campus.Category;
import fr.cmq.identity.CampusScope;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.labelling.Decision;
import fr.cmq.labelling.DossierAnswers;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.DossierWorkflow;
import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Fact;
import fr.cmq.labelling.LabelCampaigns;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.labelling.NewCampaign;
import fr.cmq.labelling.OpinionBody;
import fr.cmq.labelling.Review;
import fr.cmq.labelling.StepDetails;
import fr.cmq.labelling.Transition;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.demo.DemoData;

/**
 * The label's demonstration: a grid of eleven criteria built from the items the texts name (titled as a
 * demonstration), the experts' pool, closed campaigns holding the arrêtés of the labels the campuses hold, and an open
 * campaign with a dossier in every state: the Bois campus renewing and Services à la personne applying for creation
 * (drafts), then others deposited, co-signed, with their avis, under review (one with every report in, waiting for its
 * arrêté), decided, sent back and withdrawn, each taken there by the roles that do it.
 */
@Component
@Order(6)
@RequiredArgsConstructor
class DemoLabelling implements DemoData {

    private static final CmqUser DEMO = CmqUser.demonstration();
    /**
     * Who signs for each role in the demonstration: the demonstration's accounts where they hold it (the chef of campus
     * 1, the pilots of Nancy-Metz and Grand Est), else a person named by the campus's number.
     */
    private static final Map<Role, List<String>> SIGNERS = Map.of(
            Role.CHEF_ETABLISSEMENT_SUPPORT, List.of("Hélène Marchal", "Olivier Garnier", "Sandrine Collin",
                    "Thierry Masson", "Valérie Roussel", "Didier Fabre"),
            Role.PILOTE_ACADEMIQUE, List.of("Nathalie Schmitt", "Jérôme Vidal", "Agnès Poirier", "Franck Lebrun",
                    "Muriel Caron", "Pascal Renaud"),
            Role.PILOTE_REGIONAL, List.of("Marc Weber", "Corinne Meunier", "Laurent Giraud", "Anne Barbier",
                    "Gilles Moulin", "Sylvie Dumas"));
    private static final Map<Role, String> ACCOUNTS = Map.of(
            Role.CHEF_ETABLISSEMENT_SUPPORT, "chef.support@cmq.test",
            Role.PILOTE_ACADEMIQUE, "pilote.nancy-metz@cmq.test",
            Role.PILOTE_REGIONAL, "pilote.grand-est@cmq.test");
    static final int GRID_YEAR = 2026;
    static final String GRID = "demo-" + GRID_YEAR;

    private final LabelCampaigns campaigns;
    private final LabelDossiers dossiers;
    private final DossierAnswers answering;
    private final DossierWorkflow workflow;
    private final ExpertReviews experts;
    private final CampusDirectory campuses;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select exists (select 1 from criteria_grid)").query(Boolean.class).single()) {
            return;
        }
        campaigns.loadGrid(DEMO, GRID, "Cahier des charges " + GRID_YEAR + " — grille de démonstration", DemoGrid.criteria());
        long stateExpert = experts.addExpert(DEMO, "expert@cmq.test", "Isabelle Roux", ExpertCollege.ETAT_COLLECTIVITES);
        long companyExpert = experts.addExpert(DEMO, "expert.entreprises@cmq.test", "Paul Durand, expert des entreprises",
                ExpertCollege.ACTEURS_ECONOMIQUES);
        var all = campuses.search(CampusSearch.everything(), 0, 100).content();
        var today = LocalDate.now(clock);
        long campaign = campaigns.openCampaign(DEMO, new NewCampaign("Appel à projets " + (today.getYear() + 1)
                + " — création, renouvellement et catégorie Excellence", List.of(DossierKind.values()), GRID,
                today.minusMonths(2), today.plusMonths(1), today.plusMonths(3), today.plusMonths(5),
                today.plusMonths(6)));
        campus(all, "Bois").ifPresent(bois -> {
            long id = workflow.open(DEMO, campaign, bois.id(), DossierKind.RENOUVELLEMENT);
            long version = dossiers.dossier(DEMO, id).version();
            version = answering.answer(DEMO, id, version, "C01", "Le diagnostic de la filière bois de Loire-Atlantique"
                    + " a été actualisé avec la fédération régionale.", List.of());
            version = answering.answer(DEMO, id, version, "C02", null, List.of(Fact.PLAN, Fact.INDICATEURS));
            answering.answer(DEMO, id, version, "C11", "Chaque membre contribue au budget du campus.", List.of(Fact.BUDGET));
        });
        campus(all, "Services à la personne")
                .ifPresent(project -> workflow.open(DEMO, campaign, project.id(), DossierKind.CREATION));
        // one dossier in each further state, each taken there by the roles that do it
        campus(all, "Matériaux composites").ifPresent(c -> deposited(campaign, c.id(), DossierKind.RENOUVELLEMENT));
        campus(all, "Patrimoines").ifPresent(c -> cosigned(deposited(campaign, c.id(), DossierKind.RENOUVELLEMENT)));
        campus(all, "CosmetoPharma").ifPresent(c -> withOpinions(cosigned(deposited(campaign, c.id(),
                DossierKind.RENOUVELLEMENT))));
        campus(all, "Transformation numérique").ifPresent(c -> {
            var dossier = underReview(withOpinions(cosigned(deposited(campaign, c.id(), DossierKind.RENOUVELLEMENT))),
                    stateExpert, companyExpert);
            var reviewer = expert("expert.entreprises@cmq.test", "Paul Durand, expert des entreprises");
            experts.declareNoConflict(reviewer, dossier.id(), true);
            experts.score(reviewer, dossier.id(), Map.of("C01", new Review.Score(3, "Un diagnostic solide."),
                    "C02", new Review.Score(2, "Des actions sans indicateur de résultat.")));
        });
        campus(all, "Aéronautique").ifPresent(c -> {
            var dossier = underReview(withOpinions(cosigned(deposited(campaign, c.id(), DossierKind.RENOUVELLEMENT))),
                    stateExpert, companyExpert);
            reviewed(dossier.id(), expert("expert@cmq.test", "Isabelle Roux"), 3, "Un réseau complet et actif.");
            reviewed(dossier.id(), expert("expert.entreprises@cmq.test", "Paul Durand, expert des entreprises"), 4,
                    "Un partenariat exemplaire avec la filière aéronautique.");
        });
        campus(all, "Logistique portuaire").ifPresent(c -> {
            var dossier = underReview(withOpinions(cosigned(deposited(campaign, c.id(), DossierKind.RENOUVELLEMENT))),
                    stateExpert, companyExpert);
            reviewed(dossier.id(), expert("expert@cmq.test", "Isabelle Roux"), 3, "Un campus bien implanté.");
            reviewed(dossier.id(), expert("expert.entreprises@cmq.test", "Paul Durand, expert des entreprises"), 3,
                    "Des entreprises du port engagées.");
            workflow.fire(DEMO, dossier.id(), Transition.DECIDE, StepDetails.deciding(new Decision(true, Category.CMQ, 5,
                    today.withDayOfYear(1).plusYears(1).withMonth(9), "MENE%02d00001A".formatted(today.getYear() % 100),
                    today, "Éducation nationale ; Économie ; Enseignement supérieur")));
        });
        campus(all, "Gastronomie").ifPresent(c -> {
            var dossier = deposited(campaign, c.id(), DossierKind.EXCELLENCE);
            workflow.fire(as(Role.PILOTE_ACADEMIQUE, dossier.scope()), dossier.id(), Transition.SEND_BACK,
                    StepDetails.because("Les éléments complémentaires de la catégorie Excellence manquent aux"
                            + " critères C05 et C09."));
        });
        campus(all, "Industrie du futur").ifPresent(c -> {
            long id = workflow.open(DEMO, campaign, c.id(), DossierKind.RENOUVELLEMENT);
            workflow.fire(DEMO, id, Transition.WITHDRAW, StepDetails.because("Le campus présentera son renouvellement"
                    + " à la prochaine campagne, avec son nouveau périmètre."));
        });
        pastCampaigns(all);
    }

    /**
     * The arrêtés behind the demonstration's labels, each taken three months before its label starts, recorded in the
     * closed campaign of its year; they restate the labels the campuses hold and give each its NOR.
     */
    private void pastCampaigns(List<CampusSummary> all) {
        var labels = new TreeMap<Integer, List<CampusDetails>>();
        all.stream().map(c -> campuses.find(c.id()).orElseThrow()).filter(c -> c.labelStart() != null)
                .forEach(c -> labels.computeIfAbsent(c.labelStart().minusMonths(3).getYear(), y -> new ArrayList<>())
                        .add(c));
        int number = 0;
        for (var year : labels.entrySet()) {
            var decided = year.getValue().stream().map(c -> c.labelStart().minusMonths(3)).sorted().toList();
            var first = decided.getFirst();
            // each closed campaign had the grid of its year
            String grid = "demo-" + year.getKey();
            if (year.getKey() != GRID_YEAR) {
                campaigns.loadGrid(DEMO, grid, "Cahier des charges " + year.getKey() + " — grille de démonstration",
                        DemoGrid.criteria());
            }
            long campaign = campaigns.openCampaign(DEMO, new NewCampaign("Appel à projets " + year.getKey()
                    + " (clos)", List.of(DossierKind.values()), grid, first.minusMonths(8), first.minusMonths(6),
                    first.minusMonths(4), first.minusMonths(2), decided.getLast()));
            for (var campus : year.getValue()) {
                var decidedOn = campus.labelStart().minusMonths(3);
                int years = (int) ChronoUnit.YEARS.between(campus.labelStart(),
                        campus.labelEnd().plusDays(1));
                workflow.recordPastDecision(DEMO, campaign, campus.id(), campus.category() == Category.EXCELLENCE
                        ? DossierKind.EXCELLENCE : DossierKind.CREATION, new Decision(true, campus.category(), years,
                        campus.labelStart(), "MENE%02d%05dA".formatted(decidedOn.getYear() % 100, ++number), decidedOn,
                        "Éducation nationale ; Économie ; Enseignement supérieur"));
            }
        }
    }

    private static Optional<CampusSummary> campus(List<CampusSummary> all, String namePrefix) {
        return all.stream().filter(c -> c.name().startsWith(namePrefix)).findFirst();
    }

    /** A dossier every criterion of which is answered, signed off by its chef d'établissement support. */
    private DemoDossier deposited(long campaign, long campusId, DossierKind kind) {
        var scope = campuses.scope(campusId).orElseThrow();
        long id = workflow.open(DEMO, campaign, campusId, kind);
        var dossier = dossiers.dossier(DEMO, id);
        long version = dossier.version();
        for (var answer : dossier.answers()) {
            version = answering.answer(DEMO, id, version, answer.criterion().code(), "Réponse du campus : "
                    + answer.criterion().guidance(), List.of(Fact.RESEAU));
        }
        workflow.fire(as(Role.CHEF_ETABLISSEMENT_SUPPORT, scope), id, Transition.DEPOSIT, StepDetails.NONE);
        return new DemoDossier(id, scope);
    }

    private DemoDossier cosigned(DemoDossier dossier) {
        workflow.fire(as(Role.PILOTE_ACADEMIQUE, dossier.scope()), dossier.id(), Transition.COSIGN, StepDetails.NONE);
        workflow.fire(as(Role.PILOTE_REGIONAL, dossier.scope()), dossier.id(), Transition.COSIGN, StepDetails.NONE);
        return dossier;
    }

    private DemoDossier withOpinions(DemoDossier dossier) {
        var pilot = as(Role.PILOTE_REGIONAL, dossier.scope());
        var given = LocalDate.now(clock).minusDays(7);
        workflow.fire(pilot, dossier.id(), Transition.RECORD_OPINION, StepDetails.opinion(OpinionBody.CAEN,
                Verdict.FAVORABLE, given, "Avis favorable du CAEN."));
        workflow.fire(pilot, dossier.id(), Transition.RECORD_OPINION, StepDetails.opinion(OpinionBody.CREFOP,
                Verdict.FAVORABLE, given, "Avis favorable du CREFOP."));
        return dossier;
    }

    private DemoDossier underReview(DemoDossier dossier, long... expertIds) {
        for (long expert : expertIds) {
            experts.assign(DEMO, dossier.id(), expert);
        }
        workflow.fire(DEMO, dossier.id(), Transition.START_REVIEW, StepDetails.NONE);
        return dossier;
    }

    private void reviewed(long dossierId, CmqUser expert, int score, String report) {
        experts.declareNoConflict(expert, dossierId, true);
        var scores = new LinkedHashMap<String, Review.Score>();
        dossiers.dossier(DEMO, dossierId).answers().forEach(a -> scores.put(a.criterion().code(),
                new Review.Score(score, null)));
        experts.score(expert, dossierId, scores);
        experts.submit(expert, dossierId, score >= 3 ? Verdict.FAVORABLE : Verdict.RESERVE, report);
    }

    /** Someone holding this role for the campus, as the demonstration acts. */
    private static CmqUser as(Role role, CampusScope campus) {
        var grant = switch (role) {
            case PILOTE_ACADEMIQUE -> RoleGrant.academie(role, campus.academieCodes().stream().sorted().findFirst()
                    .orElseThrow());
            case PILOTE_REGIONAL -> RoleGrant.region(role, Objects.requireNonNull(campus.regionCode()));
            default -> RoleGrant.campus(role, campus.campusId());
        };
        boolean demoAccount = switch (role) {
            case PILOTE_ACADEMIQUE -> "12".equals(grant.academieCode());
            case PILOTE_REGIONAL -> "44".equals(grant.regionCode());
            default -> campus.campusId() == 1;
        };
        var names = SIGNERS.get(role);
        String name = demoAccount ? names.getFirst()
                : names.get(1 + (int) (campus.campusId() % (names.size() - 1)));
        String email = demoAccount ? ACCOUNTS.get(role)
                : Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                        .replace(' ', '.') + "@cmq.test";
        return new CmqUser(0, email, name, null, true, List.of(grant));
    }

    private static CmqUser expert(String email, String name) {
        return new CmqUser(0, email, name, null, true, List.of(RoleGrant.national(Role.EXPERT)));
    }

    private record DemoDossier(long id, CampusScope scope) {
    }

}
