package fr.cmq.training.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusSearch;
import fr.cmq.campus.Member;
import fr.cmq.campus.OrganisationType;
import fr.cmq.directory.Certification;
import fr.cmq.directory.Certifications;
import fr.cmq.identity.CmqUser;
import fr.cmq.shared.demo.DemoData;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.FormationDetails;
import fr.cmq.training.FormationSearch;
import fr.cmq.training.Formations;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.NewParcours;
import fr.cmq.training.NewPasserelle;
import fr.cmq.training.OpenStatus;
import fr.cmq.training.TrainingOffer;

/**
 * An offer for every demonstration campus, from the shipped ONISEP certifications of its filière and the
 * establishments of its network: lycées teach CAP to BTS, CFA by apprenticeship, universities from bac +2, GRETA to
 * adults. The Énergie et maintenance campus has its path CAP → bac pro → BTS → BUT.
 */
@Component
@Order(4)
@RequiredArgsConstructor
class DemoTrainingOffer implements DemoData {

    private static final CmqUser DEMO = CmqUser.demonstration();

    /** Words of the certifications each filière's campuses teach, in the search's syntax. */
    static final Map<String, String> THEMES = Map.ofEntries(
            Map.entry("TRANSITION_ENERGETIQUE", "maintenance or énergie or froid or climatique or chaudronnerie or électricien"),
            Map.entry("BATIMENT", "bois or menuiserie or charpente or ébéniste or forêt or ameublement"),
            Map.entry("MATERIAUX", "plasturgie or composites or polymères or matériaux or plastiques"),
            Map.entry("TOURISME", "patrimoine or tourisme or cuisine or restaurant or hôtellerie or pâtissier"),
            Map.entry("CHIMIE_BIOTECH", "cosmétique or pharmacie or chimie or bio-industries or esthétique"),
            Map.entry("NUMERIQUE", "numérique or informatique or réseaux or cybersécurité or logiciel"),
            Map.entry("MOBILITE", "aéronautique or spatial or avion or aéronefs"),
            Map.entry("SYSTEMES_INNOVANTS", "robotique or mécatronique or automatisés or productique or usinage"),
            Map.entry("ALIMENTAIRE", "agroalimentaire or alimentaire or boucher or laitier or fromager"),
            Map.entry("SERVICES_ENTREPRISES", "logistique or transport or douane or international"),
            Map.entry("SERVICES_PERSONNE", "accompagnement or soins or enfance or personnes or aide-soignant"));

    /**
     * Certifications a demonstration campus of metropolitan France does not teach: those of the overseas collectivities
     * and those that name the one school that delivers them.
     */
    private static final List<String> NOT_FOR_DEMO = List.of("polynési", "calédoni", "mayotte", "école", "ecole",
            "institut", "universit", "grenoble", "paris", "lyon", "toulouse", "nancy", "lille", "bordeaux", "rennes",
            "montpellier", "strasbourg", "marseille", "nantes");

    /**
     * The path of the Énergie et maintenance campus, first of its offer, and who teaches each step: CAP and bac pro
     * at the lycée des métiers (the bac pro also by apprenticeship), the BTS at the CFA, the BUT at the IUT.
     */
    static final Map<String, OrganisationType> ENERGY_PATH = orderedPath();
    private static final Set<OrganisationType> TEACHING = Set.of(OrganisationType.LYCEE,
            OrganisationType.LYCEE_DES_METIERS, OrganisationType.CFA, OrganisationType.ENSEIGNEMENT_SUPERIEUR,
            OrganisationType.FORMATION_CONTINUE);

    private static Map<String, OrganisationType> orderedPath() {
        var path = new LinkedHashMap<String, OrganisationType>();
        path.put("FOR.7013", OrganisationType.LYCEE_DES_METIERS);
        path.put("FOR.6822", OrganisationType.LYCEE_DES_METIERS);
        path.put("FOR.7541", OrganisationType.CFA);
        path.put("FOR.6713", OrganisationType.ENSEIGNEMENT_SUPERIEUR);
        return path;
    }

    private final TrainingOffer offer;
    private final Formations formations;
    private final CampusDirectory campuses;
    private final Certifications certifications;

    @Override
    @Transactional
    public void load() {
        if (!formations.search(FormationSearch.everything(), 0, 1).isEmpty()) {
            return;
        }
        for (var summary : campuses.search(CampusSearch.everything(), 0, 100).content()) {
            var campus = campuses.find(summary.id()).orElseThrow();
            var teachers = campus.activeMembers().stream().filter(m -> TEACHING.contains(m.organisationType())).toList();
            if (teachers.isEmpty()) {
                continue;
            }
            boolean first = summary.id() == 1;
            int added = 0;
            var taught = new HashSet<String>();
            if (first) {
                var path = new ArrayList<Long>();
                for (var step : ENERGY_PATH.entrySet()) {
                    var certification = certifications.find(step.getKey()).orElseThrow();
                    var teacher = teachers.stream().filter(m -> m.organisationType() == step.getValue()).findFirst();
                    if (teacher.isPresent()) {
                        path.add(offer.add(DEMO, campus.id(), details(teacher.get(), certification, added++)));
                        taught.add(certification.id());
                    }
                }
                paths(campus.id(), path);
            }
            String theme = THEMES.getOrDefault(campus.filiere().code(), campus.filiere().label());
            var stems = Arrays.stream(theme.split(" or ")).map(DemoTrainingOffer::stem).toList();
            var candidates = certifications.search(theme, 150).stream()
                    .filter(c -> c.level() != null && !taught.contains(c.id()))
                    .filter(c -> stems.stream().anyMatch(c.title().toLowerCase(Locale.ROOT)::contains))
                    .filter(c -> NOT_FOR_DEMO.stream().noneMatch(c.title().toLowerCase(Locale.ROOT)::contains)).toList();
            int wanted = first ? 40 : 30;
            for (Certification certification : candidates) {
                if (added == wanted) {
                    break;
                }
                var teacher = teacherFor(teachers, certification, added);
                if (teacher.isPresent()) {
                    offer.add(DEMO, campus.id(), details(teacher.get(), certification, added));
                    added++;
                }
            }
        }
    }

    /** The path CAP → bac pro → BTS → BUT, and the passerelle from the bac pro at school to the BTS as an apprentice. */
    private void paths(long campusId, List<Long> path) {
        if (path.size() != ENERGY_PATH.size()) {
            return;
        }
        offer.addParcours(DEMO, campusId, new NewParcours("Maintenance et énergie, du CAP au BUT",
                "De l'atelier du lycée des métiers au BUT de l'IUT, en passant par l'alternance au CFA.", path));
        offer.addPasserelle(DEMO, campusId, new NewPasserelle(path.get(1), path.get(2), LearnerStatus.SCOLAIRE,
                LearnerStatus.APPRENTISSAGE, "Après le bac pro au lycée, le BTS se prépare en apprentissage au CFA :"
                        + " les entreprises partenaires du campus proposent des contrats dès le printemps de terminale."));
    }

    /** The start of a theme's word, found in the titles of its certifications (the search also reads their domains). */
    static String stem(String word) {
        return word.toLowerCase(Locale.ROOT).substring(0, Math.min(5, word.length()));
    }

    /** Among the members that teach at this level, one in turn. */
    private static Optional<Member> teacherFor(List<Member> teachers, Certification certification, int turn) {
        int level = certification.level();
        boolean adultTitle = "TP".equals(certification.typeAcronym());
        var fitting = teachers.stream().filter(member -> switch (member.organisationType()) {
            case LYCEE, LYCEE_DES_METIERS -> level <= 5 && !adultTitle;
            case CFA -> level <= 6;
            case ENSEIGNEMENT_SUPERIEUR -> level >= 5;
            case FORMATION_CONTINUE -> level <= 5;
            default -> false;
        }).toList();
        return fitting.isEmpty() ? Optional.empty() : Optional.of(fitting.get(turn % fitting.size()));
    }

    private static FormationDetails details(Member member, Certification certification, int n) {
        int level = certification.level();
        var statuses = new ArrayList<OpenStatus>();
        AdmissionRoute admission;
        switch (member.organisationType()) {
            case CFA -> {
                statuses.add(new OpenStatus(LearnerStatus.APPRENTISSAGE, 12 + n % 3 * 4));
                admission = AdmissionRoute.CONTRAT_APPRENTISSAGE;
            }
            case FORMATION_CONTINUE -> {
                statuses.add(new OpenStatus(LearnerStatus.FORMATION_CONTINUE, 10 + n % 2 * 4));
                statuses.add(new OpenStatus(LearnerStatus.VAE, null));
                admission = AdmissionRoute.DIRECT;
            }
            case ENSEIGNEMENT_SUPERIEUR -> {
                statuses.add(new OpenStatus(LearnerStatus.SCOLAIRE, 24 + n % 4 * 8));
                if (n % 2 == 0) {
                    statuses.add(new OpenStatus(LearnerStatus.APPRENTISSAGE, 8 + n % 3 * 4));
                }
                if (n % 3 == 0) {
                    statuses.add(new OpenStatus(LearnerStatus.FORMATION_CONTINUE, null));
                }
                admission = level <= 6 ? AdmissionRoute.PARCOURSUP : AdmissionRoute.DIRECT;
            }
            default -> {
                statuses.add(new OpenStatus(LearnerStatus.SCOLAIRE, 15 + n % 3 * 3));
                if (n % 3 == 1) {
                    statuses.add(new OpenStatus(LearnerStatus.APPRENTISSAGE, 6));
                }
                admission = level <= 4 ? AdmissionRoute.AFFELNET : AdmissionRoute.PARCOURSUP;
            }
        }
        boolean accessible = n % 3 != 2;
        return new FormationDetails(member.id(), null, certification.id(), null, null, null, null, statuses,
                certification.duration(), statuses.getFirst().status() == LearnerStatus.SCOLAIRE ? "Septembre"
                        : "De septembre à décembre", admission, accessible,
                accessible ? "Référent handicap de l'établissement, joignable par son secrétariat" : null,
                accessible && n % 2 == 0 ? "Tiers temps aux examens, poste de travail adapté en atelier" : null,
                "Ateliers sur les plateaux techniques du réseau et périodes en entreprise chez ses partenaires.");
    }
}
