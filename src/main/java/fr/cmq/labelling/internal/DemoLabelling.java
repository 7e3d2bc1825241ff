package fr.cmq.labelling.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.Criterion;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.ExpertReviews;
import fr.cmq.labelling.Fact;
import fr.cmq.labelling.LabelCampaigns;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.labelling.NewCampaign;
import fr.cmq.shared.demo.DemoData;

/**
 * The label's demonstration: a grid of eleven criteria built from the items the texts name (titled as a
 * demonstration), the experts' pool, and an open campaign where the Bois campus renews and Services à la personne
 * applies for creation.
 */
@Component
@Order(6)
class DemoLabelling implements DemoData {

    private static final CmqUser DEMO = CmqUser.demonstration();
    static final String GRID = "demo-2026";

    private final LabelCampaigns campaigns;
    private final LabelDossiers dossiers;
    private final ExpertReviews experts;
    private final CampusDirectory campuses;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoLabelling(LabelCampaigns campaigns, LabelDossiers dossiers, ExpertReviews experts, CampusDirectory campuses,
            JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.experts = experts;
        this.campuses = campuses;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select exists (select 1 from criteria_grid)").query(Boolean.class).single()) {
            return;
        }
        campaigns.loadGrid(DEMO, GRID, "Cahier des charges — grille de démonstration", List.of(
                criterion("C01", "Diagnostic partagé", "Le diagnostic socio-économique du territoire, partagé par les"
                        + " membres, et ses sources.", "Un diagnostic actualisé avec les acteurs économiques régionaux."),
                criterion("C02", "Objectifs stratégiques et plan d'actions piloté en mode projet", "Des objectifs clairs"
                        + " et ambitieux, déclinés en actions pilotées, datées, budgétées.",
                        "Des résultats mesurés pour chaque objectif."),
                criterion("C03", "Démarche qualité et auto-évaluation", "La démarche d'amélioration continue et"
                        + " l'auto-évaluation conduite.", "Une auto-évaluation suivie d'actions d'ajustement."),
                criterion("C04", "Opportunité économique", "La filière porteuse et les besoins en compétences du territoire.",
                        "L'inscription dans la stratégie économique régionale."),
                criterion("C05", "Évolution de l'offre de formation tout statut", "L'offre du CAP au doctorat, scolaire,"
                        + " apprentissage et formation continue, et ses évolutions.",
                        "Des parcours continus et des passerelles entre statuts."),
                criterion("C06", "Partenariats avec le tissu économique, l'enseignement supérieur et la recherche",
                        "Les entreprises, laboratoires et établissements du supérieur engagés.",
                        "Des projets communs avec des laboratoires de recherche."),
                criterion("C07", "Projet pédagogique", "Les pédagogies innovantes, les plateaux techniques partagés.",
                        "Un projet pédagogique commun à tous les membres."),
                criterion("C08", "Pilotage et organisation", "La gouvernance, le directeur opérationnel, les instances.",
                        "Un pilotage outillé par un tableau de bord."),
                criterion("C09", "Ouverture européenne et internationale", "Les mobilités et les partenariats à l'étranger.",
                        "Des partenariats européens durables."),
                criterion("C10", "Vie du campus", "Le lieu de vie, l'hébergement, les activités partagées.",
                        "Un lieu totem identifié et animé."),
                criterion("C11", "Gouvernance et budget partagés", "Le budget annuel et les contributions de chaque membre.",
                        "Des contributions de l'ensemble des acteurs.")));
        experts.addExpert(DEMO, "expert@cmq.test", "Experte", ExpertCollege.ETAT_COLLECTIVITES);
        experts.addExpert(DEMO, "expert.entreprises@cmq.test", "Paul Durand, expert des entreprises",
                ExpertCollege.ACTEURS_ECONOMIQUES);
        var today = LocalDate.now(clock);
        long campaign = campaigns.openCampaign(DEMO, new NewCampaign("Appel à projets " + (today.getYear() + 1)
                + " — création, renouvellement et catégorie Excellence", List.of(DossierKind.values()), GRID,
                today.minusMonths(2), today.plusMonths(1), today.plusMonths(3), today.plusMonths(5),
                today.plusMonths(6)));
        var all = campuses.search(CampusSearch.everything(), 0, 100).content();
        all.stream().filter(c -> c.name().equals("Bois")).findFirst().ifPresent(bois -> {
            long id = dossiers.open(DEMO, campaign, bois.id(), DossierKind.RENOUVELLEMENT);
            long version = dossiers.dossier(DEMO, id).version();
            version = dossiers.answer(DEMO, id, version, "C01", "Le diagnostic de la filière bois de Loire-Atlantique"
                    + " a été actualisé avec la fédération régionale.", List.of());
            version = dossiers.answer(DEMO, id, version, "C02", null, List.of(Fact.PLAN, Fact.INDICATEURS));
            dossiers.answer(DEMO, id, version, "C11", "Chaque membre contribue au budget du campus.", List.of(Fact.BUDGET));
        });
        all.stream().filter(c -> c.name().startsWith("Services à la personne")).findFirst()
                .ifPresent(project -> dossiers.open(DEMO, campaign, project.id(), DossierKind.CREATION));
    }

    private static Criterion criterion(String code, String title, String guidance, String excellence) {
        return new Criterion(code, title, guidance, excellence, null);
    }
}
