package fr.cmq.training.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;

import fr.cmq.directory.Certification;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.Uai;
import fr.cmq.shared.importing.CsvColumn;
import fr.cmq.shared.importing.CsvImporter;
import fr.cmq.shared.importing.ImportTarget;
import fr.cmq.shared.importing.CsvRow;
import fr.cmq.shared.importing.RejectedRowException;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.LearnerStatus;

/**
 * The offer of one campus's network from a CSV file: a line per formation, named by the UAI of the member that
 * delivers it and the certification (ONISEP identifier or RNCP code). Made for one import: it knows the campus, its
 * members by UAI and the certification reference, so that a line is checked without a query. A line imported again
 * updates the formation it created.
 */
@RequiredArgsConstructor
final class OfferImporter implements CsvImporter {

    static final String KIND = "offre";

    private static final String COLUMNS = """
            import_key, member_id::bigint, certification_id, title, type_label, rncp_code, level::int, onisep_url,
            scolaire::boolean, scolaire_capacity::int, apprentissage::boolean, apprentissage_capacity::int,
            formation_continue::boolean, formation_continue_capacity::int, vae::boolean, duration, start_dates,
            admission, accessible::boolean""";
    private static final Set<String> YES = Set.of("oui", "o", "yes", "1", "vrai", "x");
    private static final Set<String> NO = Set.of("non", "n", "no", "0", "faux", "");

    private final long campusId;
    private final String importedBy;
    /** The campus's active members that have a UAI. */
    private final Map<String, Long> membersByUai;
    /** The reference, by ONISEP identifier and by RNCP code. */
    private final Map<String, Certification> certificationsByCode;

    @Override
    public String kind() {
        return KIND;
    }

    /** One campus's import does not wait for another campus's. */
    @Override
    public String scope() {
        return kind() + ":" + campusId;
    }

    @Override
    public String label() {
        return "Offre de formation d'un campus";
    }

    @Override
    public List<CsvColumn> columns() {
        return List.of(CsvColumn.required("uai"), CsvColumn.required("certification", "code_rncp", "rncp"),
                CsvColumn.optional("statuts"), CsvColumn.optional("places_scolaire"),
                CsvColumn.optional("places_apprentissage"), CsvColumn.optional("places_formation_continue"),
                CsvColumn.optional("duree", "durée"), CsvColumn.optional("rentrees", "rentrées"),
                CsvColumn.optional("admission"), CsvColumn.optional("handicap"));
    }

    @Override
    public ImportTarget target() {
        return new ImportTarget("formation", COLUMNS, "import_key", "Formation (UAI et certification)");
    }

    @Override
    public List<@Nullable String> stage(CsvRow row) {
        String uai = Uai.parse(row.require("uai")).value();
        Long memberId = membersByUai.get(uai);
        if (memberId == null) {
            throw new RejectedRowException("UAI " + uai + " : aucun membre actif du campus n'a cet UAI");
        }
        String code = row.require("certification").strip();
        Certification certification = certificationsByCode.get(code.toUpperCase(Locale.ROOT));
        if (certification == null) {
            throw new RejectedRowException("certification « " + code + " » inconnue du référentiel"
                    + " (identifiant ONISEP FOR.… ou code RNCP attendu)");
        }
        if (certification.level() == null) {
            throw new RejectedRowException("certification « " + code + " » sans niveau au RNCP : saisissez-la à l'écran");
        }
        var statuses = statuses(row.get("statuts"));
        var values = new ArrayList<@Nullable String>(List.of(uai + "|" + certification.id(), String.valueOf(memberId),
                certification.id(), certification.title()));
        values.add(certification.typeLabel());
        values.add(certification.rncpCode());
        values.add(String.valueOf(certification.level()));
        values.add(certification.onisepUrl());
        values.add(String.valueOf(statuses.contains(LearnerStatus.SCOLAIRE)));
        values.add(places(row, "places_scolaire"));
        values.add(String.valueOf(statuses.contains(LearnerStatus.APPRENTISSAGE)));
        values.add(places(row, "places_apprentissage"));
        values.add(String.valueOf(statuses.contains(LearnerStatus.FORMATION_CONTINUE)));
        values.add(places(row, "places_formation_continue"));
        values.add(String.valueOf(statuses.contains(LearnerStatus.VAE)));
        values.add(text(row, "duree", 100));
        values.add(text(row, "rentrees", 200));
        values.add(admission(row.get("admission")));
        values.add(String.valueOf(yes(row.get("handicap"))));
        return values;
    }

    @Override
    public String removeUnchangedSql() {
        return "delete from staging s using formation t where t.campus_id = " + campusId
                + " and t.import_key = s.import_key and t.import_hash = s.content_hash";
    }

    /** Inserts the new formations of the campus, updates those whose line changed, and says which were created. */
    @Override
    public String upsertSql() {
        return """
                insert into formation (campus_id, import_key, member_id, certification_id, title, type_label, rncp_code,
                                       level, onisep_url, scolaire, scolaire_capacity, apprentissage,
                                       apprentissage_capacity, formation_continue, formation_continue_capacity, vae,
                                       duration, start_dates, admission, accessible, import_hash, updated_by)
                select %1$d, %2$s, content_hash, '%3$s' from staging
                on conflict (campus_id, import_key) do update set
                    member_id = excluded.member_id, certification_id = excluded.certification_id,
                    title = excluded.title, type_label = excluded.type_label, rncp_code = excluded.rncp_code,
                    level = excluded.level, onisep_url = excluded.onisep_url, scolaire = excluded.scolaire,
                    scolaire_capacity = excluded.scolaire_capacity, apprentissage = excluded.apprentissage,
                    apprentissage_capacity = excluded.apprentissage_capacity,
                    formation_continue = excluded.formation_continue,
                    formation_continue_capacity = excluded.formation_continue_capacity, vae = excluded.vae,
                    duration = excluded.duration, start_dates = excluded.start_dates, admission = excluded.admission,
                    accessible = excluded.accessible, import_hash = excluded.import_hash,
                    updated_by = excluded.updated_by, updated_at = now(), version = formation.version + 1
                where formation.import_hash is distinct from excluded.import_hash
                returning (xmax = 0) as created"""
                .formatted(campusId, COLUMNS.replace("\n", " "), importedBy.replace("'", "''"));
    }

    private static Set<LearnerStatus> statuses(@Nullable String text) {
        var statuses = EnumSet.noneOf(LearnerStatus.class);
        String words = text == null ? "" : text.toLowerCase(Locale.ROOT).replace("formation continue", "continue");
        for (String word : words.split("[\\s,+|/]+")) {
            switch (word) {
                case "" -> { }
                case "scolaire" -> statuses.add(LearnerStatus.SCOLAIRE);
                case "apprentissage" -> statuses.add(LearnerStatus.APPRENTISSAGE);
                case "continue" -> statuses.add(LearnerStatus.FORMATION_CONTINUE);
                case "vae" -> statuses.add(LearnerStatus.VAE);
                default -> throw new RejectedRowException("statut « " + word
                        + " » inconnu : scolaire, apprentissage, formation continue ou VAE");
            }
        }
        return statuses;
    }

    private static @Nullable String places(CsvRow row, String column) {
        String text = PlainText.blankToNull(row.get(column));
        if (text == null) {
            return null;
        }
        try {
            int places = Integer.parseInt(text.strip());
            if (places > 0 && places <= 100_000) {
                return String.valueOf(places);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RejectedRowException(column + " « " + text + " » : un nombre de places entier positif est attendu");
    }

    private static @Nullable String text(CsvRow row, String column, int maxLength) {
        String text = PlainText.blankToNull(row.get(column));
        if (text != null && text.length() > maxLength) {
            throw new RejectedRowException(column + " : " + maxLength + " caractères au plus");
        }
        return text == null ? null : text.strip();
    }

    private static @Nullable String admission(@Nullable String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "" -> null;
            case "parcoursup" -> AdmissionRoute.PARCOURSUP.name();
            case "affelnet" -> AdmissionRoute.AFFELNET.name();
            case "directe", "direct", "candidature" -> AdmissionRoute.DIRECT.name();
            case "apprentissage", "contrat", "contrat d'apprentissage" -> AdmissionRoute.CONTRAT_APPRENTISSAGE.name();
            default -> throw new RejectedRowException("admission « " + text
                    + " » inconnue : Parcoursup, Affelnet, directe ou contrat d'apprentissage");
        };
    }

    private static boolean yes(@Nullable String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(word)) {
            return true;
        }
        if (NO.contains(word)) {
            return false;
        }
        throw new RejectedRowException("handicap « " + text + " » : oui ou non attendu");
    }
}
