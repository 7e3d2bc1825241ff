package fr.cmq.campus.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusGovernance;
import fr.cmq.campus.CampusProfile;
import fr.cmq.campus.CampusRegistry;
import fr.cmq.campus.CampusSites;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.campus.Finalite;
import fr.cmq.campus.InstanceKind;
import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.NewCampus;
import fr.cmq.campus.NewMember;
import fr.cmq.campus.NewSite;
import fr.cmq.campus.OrganisationType;
import fr.cmq.campus.SeatQuality;
import fr.cmq.campus.SiteKind;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.demo.DemoData;

/**
 * The campuses of the texts — the three of the académie de Nancy-Metz, the three Excellence campuses of Centre-Val de
 * Loire — and a few more across filières and régions, with their networks. The Énergie et maintenance campus comes
 * first: it is campus 1, the one of the demonstration director.
 */
@Component
@Order(3)
@RequiredArgsConstructor
class DemoCampuses implements DemoData {

    private static final CmqUser DEMO = CmqUser.demonstration();

    private final CampusRegistry registry;
    private final CampusRepository campuses;
    private final CampusSites sites;
    private final CampusGovernance governance;
    private final JdbcClient jdbc;

    private record Town(String name, double latitude, double longitude) {
    }

    private record Org(OrganisationType type, NetworkRole role, String name, Town town, boolean eple) {
    }

    private record Demo(String name, String filiere, Category category, CampusStatus status, String region,
            Set<String> academies, String territory, @Nullable LocalDate labelStart, int years, String presentation,
            Map<Finalite, String> objectives, List<Org> network) {
    }

    private static final Town THIONVILLE = new Town("Thionville", 49.3579, 6.1683);
    private static final Town HAYANGE = new Town("Hayange", 49.3297, 6.0617);
    private static final Town YUTZ = new Town("Yutz", 49.3553, 6.1897);
    private static final Town EPINAL = new Town("Épinal", 48.1724, 6.4496);
    private static final Town REMIREMONT = new Town("Remiremont", 48.0172, 6.5911);
    private static final Town NEUFCHATEAU = new Town("Neufchâteau", 48.3553, 5.6960);
    private static final Town CREUTZWALD = new Town("Creutzwald", 49.2053, 6.6961);
    private static final Town SAINT_AVOLD = new Town("Saint-Avold", 49.1045, 6.7071);
    private static final Town ORLEANS = new Town("Orléans", 47.9029, 1.9093);
    private static final Town TOURS = new Town("Tours", 47.3941, 0.6848);
    private static final Town CHARTRES = new Town("Chartres", 48.4439, 1.4890);
    private static final Town BLOIS = new Town("Blois", 47.5861, 1.3359);
    private static final Town BOURGES = new Town("Bourges", 47.0810, 2.3988);
    private static final Town TOULOUSE = new Town("Toulouse", 43.6047, 1.4442);
    private static final Town LYON = new Town("Lyon", 45.7640, 4.8357);
    private static final Town LILLE = new Town("Lille", 50.6292, 3.0573);
    private static final Town RENNES = new Town("Rennes", 48.1173, -1.6778);
    private static final Town BORDEAUX = new Town("Bordeaux", 44.8378, -0.5792);
    private static final Town MARSEILLE = new Town("Marseille", 43.2965, 5.3698);
    private static final Town MERIGNAC = new Town("Mérignac", 44.8386, -0.6436);

    private static final List<Demo> CAMPUSES = List.of(
            new Demo("Énergie et maintenance", "TRANSITION_ENERGETIQUE", Category.CMQ, CampusStatus.LABELLISE, "44",
                    Set.of("12"), "Bassin de Thionville et vallée de la Fensch", LocalDate.of(2022, 9, 1), 5,
                    "Le campus forme aux métiers de la maintenance industrielle, de l'énergie et des matériaux, du CAP à "
                            + "l'ingénieur, avec les entreprises de la vallée de la Fensch.",
                    Map.of(Finalite.INSERTION_PROFESSIONNELLE, "Stages et alternance dans les entreprises du bassin.",
                            Finalite.LIENS_ENTREPRISES, "Plateaux techniques partagés avec les industriels."),
                    List.of(new Org(OrganisationType.LYCEE_DES_METIERS, NetworkRole.TETE_DE_RESEAU,
                                    "Lycée des métiers de l'énergie et de la maintenance", THIONVILLE, true),
                            new Org(OrganisationType.LYCEE, NetworkRole.MEMBRE, "Lycée polyvalent de la vallée de la Fensch",
                                    HAYANGE, true),
                            new Org(OrganisationType.CFA, NetworkRole.MEMBRE, "CFA de l'industrie de Moselle", YUTZ, false),
                            new Org(OrganisationType.ENSEIGNEMENT_SUPERIEUR, NetworkRole.MEMBRE, "IUT de Thionville-Yutz",
                                    YUTZ, false),
                            new Org(OrganisationType.ENTREPRISE, NetworkRole.PARTENAIRE, "Aciérie de la Fensch", HAYANGE,
                                    false),
                            new Org(OrganisationType.CLUSTER, NetworkRole.PARTENAIRE, "Pôle énergie Lorraine Nord",
                                    THIONVILLE, false))),
            new Demo("Bois", "BATIMENT", Category.CMQ, CampusStatus.LABELLISE, "44", Set.of("12"),
                    "Épinal (Vosges) : axe Remiremont et Neufchâteau", LocalDate.of(2023, 9, 1), 5,
                    "Exploitation de la ressource, construction, matériaux de construction, meuble, énergies : le campus "
                            + "réunit la filière bois des Vosges, de la forêt à la construction.",
                    Map.of(Finalite.DEVELOPPEMENT_TERRITOIRE, "La filière bois, premier employeur industriel des Vosges.",
                            Finalite.ATTRACTIVITE_VOIE_PRO, "Journées découverte des métiers du bois dès la 4e."),
                    List.of(new Org(OrganisationType.LYCEE_DES_METIERS, NetworkRole.TETE_DE_RESEAU,
                                    "Lycée des métiers du bois et de l'habitat", EPINAL, true),
                            new Org(OrganisationType.LYCEE, NetworkRole.MEMBRE, "Lycée professionnel de Remiremont",
                                    REMIREMONT, true),
                            new Org(OrganisationType.LYCEE, NetworkRole.MEMBRE, "Lycée polyvalent de Neufchâteau",
                                    NEUFCHATEAU, true),
                            new Org(OrganisationType.ENSEIGNEMENT_SUPERIEUR, NetworkRole.MEMBRE,
                                    "École nationale supérieure des technologies et industries du bois", EPINAL, false),
                            new Org(OrganisationType.ENTREPRISE, NetworkRole.PARTENAIRE, "Scierie des Hautes-Vosges",
                                    REMIREMONT, false),
                            new Org(OrganisationType.BRANCHE_OPCO, NetworkRole.PARTENAIRE, "Interprofession Fibois",
                                    EPINAL, false))),
            new Demo("Matériaux composites et plastiques", "MATERIAUX", Category.CMQ, CampusStatus.EN_RENOUVELLEMENT,
                    "44", Set.of("12"), "Creutzwald", LocalDate.of(2022, 9, 1), 4,
                    "Plasturgie (injection, extrusion, composites, thermoformage), éco-industries, composites et "
                            + "matériaux innovants.",
                    Map.of(Finalite.ELEVATION_QUALIFICATION, "Parcours du CAP plasturgie au BTS Europlastics."),
                    List.of(new Org(OrganisationType.LYCEE, NetworkRole.TETE_DE_RESEAU, "Lycée polyvalent de Creutzwald",
                                    CREUTZWALD, true),
                            new Org(OrganisationType.FORMATION_CONTINUE, NetworkRole.MEMBRE, "GRETA Lorraine Nord",
                                    SAINT_AVOLD, false),
                            new Org(OrganisationType.ENTREPRISE, NetworkRole.PARTENAIRE, "Plasturgie de la Warndt",
                                    CREUTZWALD, false),
                            new Org(OrganisationType.LABORATOIRE, NetworkRole.PARTENAIRE,
                                    "Laboratoire des matériaux polymères", SAINT_AVOLD, false))),
            new Demo("Patrimoines, métiers d'art et tourisme (PatMAT)", "TOURISME", Category.EXCELLENCE,
                    CampusStatus.LABELLISE, "24", Set.of("18"), "Centre-Val de Loire : Tours, Blois, Bourges",
                    LocalDate.of(2023, 1, 1), 5,
                    "Restauration du patrimoine bâti, métiers d'art et tourisme du Val de Loire, avec un consortium "
                            + "Erasmus+ des campus de la région académique.",
                    Map.of(Finalite.VISIBILITE_PARTENAIRES, "Un lieu de vie et d'échanges à Tours.",
                            Finalite.DEVELOPPEMENT_TERRITOIRE, "Le patrimoine du Val de Loire, moteur du tourisme."),
                    List.of(new Org(OrganisationType.LYCEE_DES_METIERS, NetworkRole.TETE_DE_RESEAU,
                                    "Lycée des métiers du patrimoine", TOURS, true),
                            new Org(OrganisationType.LYCEE, NetworkRole.MEMBRE, "Lycée hôtelier du Val de Loire", BLOIS,
                                    true),
                            new Org(OrganisationType.CFA, NetworkRole.MEMBRE, "CFA des compagnons du patrimoine", TOURS,
                                    false),
                            new Org(OrganisationType.ENSEIGNEMENT_SUPERIEUR, NetworkRole.MEMBRE,
                                    "Université de Tours — histoire de l'art", TOURS, false),
                            new Org(OrganisationType.COLLECTIVITE, NetworkRole.PARTENAIRE, "Ville de Bourges", BOURGES,
                                    false))),
            new Demo("CosmetoPharma", "CHIMIE_BIOTECH", Category.EXCELLENCE, CampusStatus.LABELLISE, "24", Set.of("18"),
                    "Centre-Val de Loire : Cosmetic Valley, Orléans et Chartres", LocalDate.of(2023, 1, 1), 5,
                    "Cosmétique et pharmacie : production, qualité, conditionnement, du bac professionnel au master.",
                    Map.of(Finalite.LIENS_ENTREPRISES, "Avec les industriels de la Cosmetic Valley."),
                    List.of(new Org(OrganisationType.LYCEE, NetworkRole.TETE_DE_RESEAU,
                                    "Lycée polyvalent des industries de santé", CHARTRES, true),
                            new Org(OrganisationType.ENSEIGNEMENT_SUPERIEUR, NetworkRole.MEMBRE,
                                    "Université d'Orléans — sciences pharmaceutiques", ORLEANS, false),
                            new Org(OrganisationType.CLUSTER, NetworkRole.PARTENAIRE, "Pôle Cosmetic Valley", CHARTRES,
                                    false),
                            new Org(OrganisationType.ENTREPRISE, NetworkRole.PARTENAIRE, "Laboratoires du Loiret",
                                    ORLEANS, false))),
            new Demo("Transformation numérique (TransNum)", "NUMERIQUE", Category.EXCELLENCE, CampusStatus.LABELLISE,
                    "24", Set.of("18"), "Centre-Val de Loire : Orléans, Tours, Bourges", LocalDate.of(2023, 1, 1), 5,
                    "Réseaux, cybersécurité, développement et industrie du futur : le numérique dans tous les métiers.",
                    Map.of(Finalite.ELEVATION_QUALIFICATION, "Du bac pro CIEL au titre d'ingénieur.",
                            Finalite.ATTRACTIVITE_VOIE_PRO, "Hackathons et concours ouverts aux collégiens."),
                    List.of(new Org(OrganisationType.LYCEE, NetworkRole.TETE_DE_RESEAU, "Lycée du numérique d'Orléans",
                                    ORLEANS, true),
                            new Org(OrganisationType.ENSEIGNEMENT_SUPERIEUR, NetworkRole.MEMBRE, "INSA Centre-Val de Loire",
                                    BOURGES, false),
                            new Org(OrganisationType.ASSOCIATION, NetworkRole.PARTENAIRE, "Association numérique du Centre",
                                    TOURS, false))),
            new Demo("Aéronautique et spatial", "MOBILITE", Category.EXCELLENCE, CampusStatus.LABELLISE, "76",
                    Set.of("16"), "Toulouse et son aire urbaine", LocalDate.of(2022, 1, 1), 5,
                    "Construction et maintenance aéronautiques, spatial : les métiers d'une filière qui recrute.",
                    Map.of(Finalite.INSERTION_PROFESSIONNELLE, "Journées de recrutement avec les équipementiers."),
                    List.of(new Org(OrganisationType.LYCEE_DES_METIERS, NetworkRole.TETE_DE_RESEAU,
                                    "Lycée des métiers de l'aéronautique", TOULOUSE, true),
                            new Org(OrganisationType.CFA, NetworkRole.MEMBRE, "CFA des métiers de l'aérien", TOULOUSE,
                                    false))),
            new Demo("Gastronomie, hôtellerie et tourisme", "TOURISME", Category.CMQ, CampusStatus.LABELLISE, "84",
                    Set.of("10"), "Lyon et la métropole", LocalDate.of(2023, 9, 1), 5,
                    "Cuisine, service, hôtellerie et tourisme, de l'apprentissage au management.",
                    Map.of(Finalite.ATTRACTIVITE_VOIE_PRO, "Concours culinaires inter-établissements."),
                    List.of(new Org(OrganisationType.LYCEE_DES_METIERS, NetworkRole.TETE_DE_RESEAU,
                                    "Lycée des métiers de l'hôtellerie", LYON, true),
                            new Org(OrganisationType.ENTREPRISE, NetworkRole.PARTENAIRE, "Brasseries lyonnaises", LYON,
                                    false))),
            new Demo("Industrie du futur", "SYSTEMES_INNOVANTS", Category.CMQ, CampusStatus.LABELLISE, "32", Set.of("09"),
                    "Métropole lilloise", LocalDate.of(2022, 9, 1), 5,
                    "Robotique, mécatronique et maintenance des systèmes automatisés.",
                    Map.of(Finalite.LIENS_ENTREPRISES, "Travaux tutorés inter-niveaux avec des jurys de professionnels."),
                    List.of(new Org(OrganisationType.LYCEE, NetworkRole.TETE_DE_RESEAU, "Lycée polyvalent de l'industrie",
                                    LILLE, true),
                            new Org(OrganisationType.ENSEIGNEMENT_SUPERIEUR, NetworkRole.MEMBRE,
                                    "École d'ingénieurs des systèmes", LILLE, false))),
            new Demo("Agroalimentaire", "ALIMENTAIRE", Category.CMQ, CampusStatus.EXPIRE, "53", Set.of("14"),
                    "Bretagne : Rennes et Ille-et-Vilaine", LocalDate.of(2017, 9, 1), 4,
                    "Production et qualité alimentaires, de la ferme à l'usine.", Map.of(),
                    List.of(new Org(OrganisationType.LYCEE, NetworkRole.TETE_DE_RESEAU, "Lycée agricole de Rennes",
                                    RENNES, true))),
            new Demo("Logistique portuaire", "SERVICES_ENTREPRISES", Category.CMQ, CampusStatus.LABELLISE, "93",
                    Set.of("02"), "Marseille et le Grand Port", LocalDate.of(2022, 9, 1), 5,
                    "Logistique, transport et commerce international autour du port.",
                    Map.of(Finalite.INSERTION_PROFESSIONNELLE, "Alternance dans les entreprises du port."),
                    List.of(new Org(OrganisationType.LYCEE, NetworkRole.TETE_DE_RESEAU, "Lycée de la logistique",
                                    MARSEILLE, true))),
            new Demo("Services à la personne et bien-être", "SERVICES_PERSONNE", Category.CMQ, CampusStatus.PROJET, "75",
                    Set.of("04"), "Bordeaux Métropole", null, 0,
                    "Projet de campus pour les métiers du soin, de l'accompagnement et du bien-être.", Map.of(),
                    List.of(new Org(OrganisationType.LYCEE, NetworkRole.TETE_DE_RESEAU,
                                    "Lycée des métiers du sanitaire et social", BORDEAUX, true),
                            new Org(OrganisationType.CFA, NetworkRole.MEMBRE, "CFA des métiers de la santé", MERIGNAC,
                                    false))));

    /** The campus spans the départements where its members are, by their communes in its région. */
    private void spanDepartementsOfMembers(long campusId) {
        jdbc.sql("""
                        insert into campus_departement (campus_id, departement_code)
                        select distinct m.campus_id, lpad(t.departement_code, 3, '0')
                        from campus_member m join campus c on c.id = m.campus_id
                        join commune t on t.name_key = town_key(m.commune_name) and t.region_code = c.region_code
                        where m.campus_id = :campus
                        on conflict do nothing""")
                .param("campus", campusId).update();
    }

    @Override
    @Transactional
    public void load() {
        if (campuses.count() > 0) {
            return;
        }
        for (Demo demo : CAMPUSES) {
            long id = registry.create(DEMO, new NewCampus(demo.name(), demo.filiere(), demo.category(), demo.region(),
                    demo.academies(), demo.territory()));
            var campus = campuses.findById(id).orElseThrow();
            campus.setStatus(demo.status());
            if (demo.labelStart() != null) {
                campus.setLabelStart(demo.labelStart());
                campus.setLabelEnd(demo.labelStart().plusYears(demo.years()).minusDays(1));
            }
            campuses.saveAndFlush(campus);
            registry.updateProfile(DEMO, id, campus.getVersion(), new CampusProfile(demo.name(), demo.territory(), null,
                    demo.labelStart(), demo.presentation(), null, "contact.campus" + id + "@cmq.test", null,
                    demo.objectives()));
            for (Org org : demo.network()) {
                registry.addMember(DEMO, id, new NewMember(org.type(), org.role(), null, null, org.name(),
                        org.town().name(), org.town().latitude(), org.town().longitude(), org.eple(),
                        demo.labelStart(), null, null, null));
            }
            spanDepartementsOfMembers(id);
        }
        placesAndGovernance();
    }

    /** Sites and instances of the two Nancy-Metz campuses that the demonstration directors run. */
    private void placesAndGovernance() {
        sites.add(DEMO, 1, new NewSite(SiteKind.SITE, "Plateau technique énergie", "Rue des Forges", THIONVILLE.name(),
                null, THIONVILLE.latitude(), THIONVILLE.longitude()));
        sites.add(DEMO, 1, new NewSite(SiteKind.SITE, "Atelier maintenance industrielle", null, HAYANGE.name(), null,
                HAYANGE.latitude(), HAYANGE.longitude()));
        sites.add(DEMO, 2, new NewSite(SiteKind.LIEU_DE_VIE, "Maison du bois et de la forêt", "Quai des Bons Enfants",
                EPINAL.name(), null, EPINAL.latitude(), EPINAL.longitude()));
        long copil = governance.addInstance(DEMO, 1, InstanceKind.COMITE_PILOTAGE, "Comité de pilotage du campus");
        governance.addSeat(DEMO, 1, copil, "Camille Laurent", SeatQuality.DIRECTEUR_OPERATIONNEL, null);
        governance.addSeat(DEMO, 1, copil, "Hélène Marchal", SeatQuality.CHEF_ETABLISSEMENT_SUPPORT,
                "Lycée des métiers de l'énergie et de la maintenance");
        governance.addSeat(DEMO, 1, copil, "Inès Kessler", SeatQuality.REPRESENTANT_FILIERE,
                "Pôle énergie Lorraine Nord");
        governance.addMeeting(DEMO, 1, copil, LocalDate.of(2026, 10, 6),
                "Bilan de la rentrée ; plan d'actions 2026-2027 ; journée portes ouvertes.",
                "Plan d'actions adopté ; journée portes ouvertes fixée au 14 mars.", null);
        governance.addInstance(DEMO, 1, InstanceKind.CONSEIL_PERFECTIONNEMENT, "Conseil de perfectionnement");
    }
}
