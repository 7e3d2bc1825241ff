package fr.cmq.labelling.internal;

import java.util.List;

import fr.cmq.labelling.Criterion;

/** The demonstration's grid: the criteria of the cahier des charges, the same in every year's grid. */
final class DemoGrid {

    private DemoGrid() {
    }

    static List<Criterion> criteria() {
        return List.of(
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
                        "Des contributions de l'ensemble des acteurs."));
    }

    private static Criterion criterion(String code, String title, String guidance, String excellence) {
        return new Criterion(code, title, guidance, excellence, null);
    }
}
