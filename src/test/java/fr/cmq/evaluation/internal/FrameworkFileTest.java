package fr.cmq.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cmq.evaluation.FactKind;
import fr.cmq.evaluation.Framework.Domain;
import fr.cmq.shared.importing.Rejection;

class FrameworkFileTest {

    private static final Set<String> CATALOGUE = Set.of("MEMBRES", "EVENEMENTS", "PARTICIPANTS", "ENTREPRISES_PARTENAIRES",
            "ACTIONS_TERMINEES", "APPRENTIS", "ELEVES", "ETUDIANTS", "STAGIAIRES_FC", "INSERTION_6_MOIS",
            "MOBILITES_ERASMUS", "JEUNES_ORIENTATION", "ENSEIGNANTS_FORMES", "PART_FEMMES");
    private static final String HEADER = "domaine;titre_domaine;champ;titre_champ;reference;titre;criteres;"
            + "niveau_attendu;preuves;indicateurs;faits\n";

    @Test
    void theDemonstrationFileReadsWholeInTheOrderOfItsNumbers() {
        var read = FrameworkFile.read(DemoEvaluation.demonstrationFile(), CATALOGUE);

        assertThat(read.refused()).isEmpty();
        assertThat(read.domains()).extracting(Domain::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(read.domains().get(1).title()).isEqualTo("Pilotage, organisation, suivi des activités");
        assertThat(read.domains().get(1).fields()).extracting(field -> field.code()).containsExactly("1.1", "1.2", "1.3");
        var convention = read.domains().get(1).fields().get(0).references().get(1);
        assertThat(convention.code()).isEqualTo("1.1.2");
        assertThat(convention.facts()).containsExactly(FactKind.CONVENTION);
        assertThat(convention.expectedLevel()).contains("lettre de mission");
        assertThat(read.domains().stream().flatMap(d -> d.fields().stream()).mapToInt(f -> f.references().size()).sum())
                .isEqualTo(30);
    }

    @Test
    void everyRefusedLineIsSaidWithItsNumberAndNothingIsRead() {
        String file = HEADER + sevenDomains()
                + "7;Hors liste;7.1;Champ;7.1.1;Titre;Critères;Niveau;;;\n"
                + "1;Pilotage;2.1;Champ;2.1.1;Titre;Critères;Niveau;;;\n"
                + "1;Pilotage;1.1;Champ;1.2.1;Titre;Critères;Niveau;;;\n"
                + "1;Pilotage;1.1;Champ;1.1.1;Doublon;Critères;Niveau;;;\n"
                + "1;Autre titre;1.1;Champ;1.1.5;Titre;Critères;Niveau;;;\n"
                + "1;Pilotage;1.1;Autre champ;1.1.6;Titre;Critères;Niveau;;;\n"
                + "1;Pilotage;1.1;Champ;1.1.7;Titre;;Niveau;;;\n"
                + "1;Pilotage;1.1;Champ;1.1.8;Titre;Critères;Niveau;;INCONNU|MEMBRES;\n"
                + "1;Pilotage;1.1;Champ;1.1.9;Titre;Critères;Niveau;;;REVE\n";

        var read = FrameworkFile.read(file.getBytes(StandardCharsets.UTF_8), CATALOGUE);

        assertThat(read.domains()).isEmpty();
        assertThat(read.refused()).extracting(Rejection::line).containsExactly(9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L,
                17L);
        assertThat(read.refused()).extracting(Rejection::reason).containsExactly(
                "Le domaine est un chiffre de 0 à 6",
                "Le champ s’écrit « 1.N » dans le domaine 1",
                "La référence s’écrit « 1.1.N » dans le champ 1.1",
                "Référence 1.1.1 déjà donnée ligne 3",
                "Le titre du domaine 1 diffère de celui de la ligne 3",
                "Le titre du champ 1.1 diffère de celui de la ligne 3",
                "La colonne criteres de la référence 1.1.7 est vide",
                "Indicateurs absents du catalogue : INCONNU",
                "Fait inconnu : REVE (connus : [CONVENTION, INSTANCES, DIAGNOSTIC, PLAN, INDICATEURS, BUDGET,"
                        + " PARTENAIRES, EVENEMENTS, OFFRE, DOSSIER])");
    }

    @Test
    void aFileWithoutAllSevenDomainsIsRefused() {
        String file = HEADER + "0;Opportunité;0.1;Champ;0.1.1;Titre;Critères;Niveau;;;\n"
                + "2;Offre;2.1;Champ;2.1.1;Titre;Critères;Niveau;;;\n";

        var read = FrameworkFile.read(file.getBytes(StandardCharsets.UTF_8), CATALOGUE);

        assertThat(read.refused()).containsExactly(new Rejection(1,
                "Domaines absents : 1, 3, 4, 5, 6 (le référentiel en compte sept, de 0 à 6)"));
    }

    @Test
    void whatIsNotAReferentielIsRefusedOnItsFirstLine() {
        assertThat(FrameworkFile.read(new byte[] { 'P', 'K', 3, 4, 0, 0 }, CATALOGUE).refused())
                .extracting(Rejection::line).containsExactly(1L);
        assertThat(FrameworkFile.read("code;titre\nC01;Un critère\n".getBytes(StandardCharsets.UTF_8), CATALOGUE)
                .refused().getFirst().reason()).startsWith("Colonnes manquantes : domaine, titre_domaine");
        assertThat(FrameworkFile.read(HEADER.getBytes(StandardCharsets.UTF_8), CATALOGUE).refused())
                .containsExactly(new Rejection(1, "Aucune référence dans le fichier"));
        String control = HEADER + sevenDomains().replace("0.1.1;Titre", "0.1.1;Titre\u0007");
        assertThat(FrameworkFile.read(control.getBytes(StandardCharsets.UTF_8), CATALOGUE).refused())
                .extracting(Rejection::line).containsExactly(2L);
    }

    @Test
    void codesAreOrderedNumberByNumber() {
        assertThat(FrameworkFile.byNumbers("1.2", "1.10")).isNegative();
        assertThat(FrameworkFile.byNumbers("1.10.1", "1.2.3")).isPositive();
        assertThat(FrameworkFile.byNumbers("3.1.1", "3.1.1")).isZero();
    }

    /** One référence in each of the seven domains (lines 2 to 8), domain 1's first. */
    private static String sevenDomains() {
        var lines = new StringBuilder();
        for (int domain = 0; domain < 7; domain++) {
            String title = domain == 1 ? "Pilotage" : "Domaine " + domain;
            lines.append(domain).append(';').append(title).append(';').append(domain).append(".1;Champ;")
                    .append(domain).append(".1.1;Titre;Critères;Niveau;;;\n");
        }
        return lines.toString();
    }
}
