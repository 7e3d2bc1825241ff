import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes a synthetic export of the Annuaire de l'éducation (2026 header, 71 columns, ";" separated, UTF-8 with BOM,
 * CRLF) of N establishments with valid UAIs, spread over every département, for the import benchmark.
 *
 * <pre>java bench/GenerateAnnuaire.java 70000 > /tmp/annuaire-70000.csv</pre>
 */
public class GenerateAnnuaire {

    private static final String HEADER = String.join(";", "Identifiant_de_l_etablissement", "Nom_etablissement",
            "Type_etablissement", "Statut_public_prive", "Adresse_1", "Adresse_2", "Adresse_3", "Code_postal",
            "Code_commune", "Nom_commune", "Code_departement", "Code_academie", "Code_region", "Ecole_maternelle",
            "Ecole_elementaire", "Voie_generale", "Voie_technologique", "Voie_professionnelle", "Telephone", "Fax", "Web",
            "Mail", "Restauration", "Hebergement", "ULIS", "Apprentissage", "Segpa", "Section_arts", "Section_cinema",
            "Section_theatre", "Section_sport", "Section_internationale", "Section_europeenne", "Lycee_Agricole",
            "Lycee_militaire", "Lycee_des_metiers", "Post_BAC", "Appartenance_Education_Prioritaire", "GRETA",
            "SIREN_SIRET", "Fiche_onisep", "position", "Type_contrat_prive", "Libelle_departement", "Libelle_academie",
            "Libelle_region", "coordX_origine", "coordY_origine", "epsg_origine", "nom_circonscription", "latitude",
            "longitude", "precision_localisation", "date_ouverture", "date_maj_ligne", "etat", "ministere_tutelle",
            "multi_uai", "rpi_concentre", "rpi_disperse", "code_nature", "libelle_nature", "Code_type_contrat_prive",
            "PIAL", "etablissement_mere", "type_rattachement_etablissement_mere", "code_circonscription",
            "code_zone_animation_pedagogique", "libelle_zone_animation_pedagogique", "code_bassin_formation",
            "libelle_bassin_formation");
    private static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String[] KINDS = { "Lycée professionnel", "Lycée polyvalent", "Collège", "Ecole élémentaire",
            "Ecole maternelle", "Lycée général et technologique", "CFA", "Lycée agricole" };
    private static final String[] NAMES = { "Jean Moulin", "Marie Curie", "Victor Hugo", "Jules Ferry", "Louise Michel",
            "Simone Veil", "Paul Langevin", "Condorcet", "Gustave Eiffel", "Pierre Mendès France", "Jean Jaurès",
            "Antoine de Saint-Exupéry", "Camille Claudel", "Émile Zola", "Rosa Parks", "Albert Camus" };
    private static final String[] TOWNS = { "Metz", "Thionville", "Épinal", "Creutzwald", "Orléans", "Tours", "Bourges",
            "Créteil", "Vitry-sur-Seine", "Lyon", "Saint-Étienne", "Bordeaux", "Pau", "Lille", "Amiens", "Rennes",
            "Nantes", "Toulouse", "Montpellier", "Marseille", "Nice", "Strasbourg", "Reims", "Dijon", "Besançon" };

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args.length > 0 ? args[0] : "70000");
        var random = new Random(42);
        try (var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            out.write('\uFEFF');
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 0; i < count; i++) {
                int departement = 1 + i % 95;
                String digits = "%03d%04d".formatted(departement, i / 95 % 10_000);
                String uai = digits + CHECK_LETTERS.charAt(Integer.parseInt(digits) % 23);
                String kind = KINDS[random.nextInt(KINDS.length)];
                String town = TOWNS[random.nextInt(TOWNS.length)];
                boolean vocational = kind.startsWith("Lycée pro") || kind.equals("CFA") || kind.endsWith("polyvalent");
                String[] row = new String[71];
                java.util.Arrays.fill(row, "");
                row[0] = uai;
                row[1] = kind + " " + NAMES[random.nextInt(NAMES.length)];
                row[2] = kind.startsWith("Ecole") ? "Ecole" : kind.startsWith("Coll") ? "Collège" : "Lycée";
                row[3] = random.nextInt(5) == 0 ? "Privé" : "Public";
                row[4] = (1 + random.nextInt(120)) + " rue de la République";
                row[7] = "%02d%03d".formatted(departement, random.nextInt(1000));
                row[8] = "%02d%03d".formatted(departement, random.nextInt(1000));
                row[9] = town;
                row[10] = "%03d".formatted(departement);
                row[11] = Integer.toString(1 + departement % 25);
                row[12] = "44";
                row[17] = vocational ? "1" : "0";
                row[18] = "03%08d".formatted(random.nextInt(100_000_000));
                row[21] = "ce." + uai.toLowerCase() + "@ac-exemple.fr";
                row[25] = kind.equals("CFA") || random.nextInt(4) == 0 ? "1" : "0";
                row[35] = vocational && random.nextInt(3) == 0 ? "1" : "0";
                row[36] = kind.startsWith("Lycée") && random.nextBoolean() ? "1" : "0";
                row[38] = random.nextInt(20) == 0 ? "1" : "0";
                row[43] = "Département " + departement;
                row[44] = "Académie " + (1 + departement % 25);
                row[45] = "Région exemple";
                row[50] = Double.toString(42 + random.nextDouble() * 8);
                row[51] = Double.toString(-4 + random.nextDouble() * 11);
                row[53] = "19%02d-09-01".formatted(random.nextInt(100));
                row[54] = "2026-05-27";
                row[55] = "OUVERT";
                row[56] = "MINISTERE DE L'EDUCATION NATIONALE";
                row[60] = "300";
                row[61] = kind.toUpperCase();
                out.write(String.join(";", row));
                out.write("\r\n");
            }
        }
    }
}
