package fr.cmq.directory.internal;

import static fr.cmq.shared.importing.CsvColumn.optional;
import static fr.cmq.shared.importing.CsvColumn.required;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.cmq.shared.Siret;
import fr.cmq.shared.importing.CsvColumn;
import fr.cmq.shared.importing.CsvImporter;
import fr.cmq.shared.importing.ImportTarget;
import fr.cmq.shared.importing.CsvRow;

/** Companies from a small CSV ({@code siret;raison_sociale;code_naf;adresse;code_postal;commune}), keyed by SIRET. */
@Component
class CompanyImporter implements CsvImporter {

    private static final List<CsvColumn> COLUMNS = List.of(
            required("siret", "numero_siret", "siret_etablissement"),
            required("raison_sociale", "denomination", "nom", "denomination_unite_legale"),
            optional("code_naf", "naf", "activite_principale"), optional("adresse"),
            optional("code_postal"), optional("commune", "libelle_commune"));

    private static final String TYPED = "siret, name, naf_code, address, postal_code, commune_name";

    @Override
    public String kind() {
        return "entreprises";
    }

    @Override
    public String label() {
        return "Entreprises (SIRET)";
    }

    @Override
    public List<CsvColumn> columns() {
        return COLUMNS;
    }

    @Override
    public ImportTarget target() {
        return new ImportTarget("company", TYPED, "siret", "SIRET");
    }

    @Override
    public List<@Nullable String> stage(CsvRow row) {
        return Arrays.asList(
                Siret.parse(row.require("siret")).value(),
                row.require("raison_sociale"),
                row.get("code_naf"),
                row.get("adresse"),
                row.get("code_postal"),
                row.get("commune"));
    }
}
