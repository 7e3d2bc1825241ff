package fr.cmq.directory.internal;

import static fr.cmq.shared.importing.CsvColumn.optional;
import static fr.cmq.shared.importing.CsvColumn.required;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.shared.Uai;
import fr.cmq.shared.importing.CsvColumn;
import fr.cmq.shared.importing.CsvImporter;
import fr.cmq.shared.importing.ImportTarget;
import fr.cmq.shared.importing.CsvRow;

/**
 * Establishments from the Annuaire de l'éducation ({@code fr-en-annuaire-education}), keyed by UAI. Columns are found
 * by name, whatever the year of the export ({@code Code postal} in 2023, {@code Code_postal} in 2026); only the UAI and
 * the name are required.
 */
@Component
class AnnuaireImporter implements CsvImporter {

    private static final String UAI = "Identifiant_de_l_etablissement";
    private static final String NAME = "Nom_etablissement";
    private static final String[] FLAGS = { "Voie_generale", "Voie_technologique", "Voie_professionnelle",
            "Apprentissage", "Lycee_des_metiers", "GRETA", "Post_BAC", "Lycee_Agricole" };

    private static final List<CsvColumn> COLUMNS = List.of(
            required(UAI, "UAI", "numero_uai"), required(NAME, "Appellation_officielle"),
            optional("Type_etablissement"), optional("Statut_public_prive"),
            optional("Adresse_1"), optional("Adresse_2"), optional("Code_postal"), optional("Code_commune"),
            optional("Nom_commune"), optional("Code_departement"), optional("Code_academie"),
            optional("Libelle_academie"), optional("Code_region"), optional("Libelle_region"),
            optional("latitude"), optional("longitude"), optional("code_nature"), optional("libelle_nature"),
            optional("SIREN_SIRET"), optional("Telephone"), optional("Mail"), optional("Web"),
            optional("Nombre_d_eleves"), optional("etat"), optional("date_ouverture"), optional("date_maj_ligne"),
            optional(FLAGS[0]), optional(FLAGS[1]), optional(FLAGS[2]), optional(FLAGS[3]), optional(FLAGS[4]),
            optional(FLAGS[5]), optional(FLAGS[6]), optional(FLAGS[7]));

    private static final String TYPED = """
            uai, name, type, sector, address, postal_code, commune_code, commune_name, departement_code,
            academie_code, academie_name, region_code, region_name, latitude::double precision,
            longitude::double precision, nature_code, nature_label, siret, phone, email, website, pupils::int, status,
            opened_on::date, source_updated_on::date, voie_generale::boolean, voie_technologique::boolean,
            voie_professionnelle::boolean, apprentissage::boolean, lycee_des_metiers::boolean, greta::boolean,
            post_bac::boolean, lycee_agricole::boolean""";

    @Override
    public String kind() {
        return "annuaire";
    }

    @Override
    public String label() {
        return "Annuaire de l'éducation";
    }

    @Override
    public List<CsvColumn> columns() {
        return COLUMNS;
    }

    @Override
    public ImportTarget target() {
        return new ImportTarget("establishment", TYPED, "uai", "UAI");
    }

    @Override
    public List<@Nullable String> stage(CsvRow row) {
        var values = new ArrayList<@Nullable String>(Arrays.asList(
                Uai.parse(row.require(UAI)).value(),
                row.require(NAME),
                row.get("Type_etablissement"),
                row.get("Statut_public_prive"),
                CsvValues.joined(row, "Adresse_1", "Adresse_2"),
                row.get("Code_postal"),
                row.get("Code_commune"),
                row.get("Nom_commune"),
                row.get("Code_departement"),
                row.get("Code_academie"),
                row.get("Libelle_academie"),
                row.get("Code_region"),
                row.get("Libelle_region"),
                CsvValues.decimal(row, "latitude", -90, 90),
                CsvValues.decimal(row, "longitude", -180, 180),
                row.get("code_nature"),
                row.get("libelle_nature"),
                row.get("SIREN_SIRET"),
                row.get("Telephone"),
                row.get("Mail"),
                row.get("Web"),
                CsvValues.integer(row, "Nombre_d_eleves"),
                row.get("etat"),
                CsvValues.date(row, "date_ouverture"),
                CsvValues.date(row, "date_maj_ligne")));
        for (String flag : FLAGS) {
            values.add(CsvValues.flag(row, flag));
        }
        return values;
    }
}
