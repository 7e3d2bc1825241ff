package fr.cmq.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the communes' reference table (V32) from the Code officiel géographique shipped with the platform: the
 * communes and the arrondissements municipaux, not the communes déléguées or associées that merged into another.
 */
@Component
class CommunesMigration implements JavaMigration {

    static final String RESOURCE = "reference/communes.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commune(String code, String nom, String type, String departement, @Nullable String region,
            @Nullable List<String> codesPostaux, @Nullable Integer population) {

        boolean current() {
            return type.equals("commune-actuelle") || type.equals("arrondissement-municipal");
        }

        /** The annuaire's three-character département code: 57 is 057, 2A is 02A, 971 stays. */
        String departementCode() {
            return departement.length() == 2 ? "0" + departement : departement;
        }

        String copyLine() {
            return String.join("\t", code, nom, departementCode(), region == null ? "\\N" : region,
                    "{" + String.join(",", codesPostaux == null ? List.of() : codesPostaux) + "}",
                    population == null ? "\\N" : population.toString()) + "\n";
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("33");
    }

    @Override
    public String getDescription() {
        return "communes";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        var lines = new StringBuilder();
        for (var commune : read()) {
            if (commune.current()) {
                lines.append(commune.copyLine());
            }
        }
        context.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy commune (code, name, departement_code, region_code, postal_codes, population) from stdin",
                new StringReader(lines.toString()));
    }

    static List<Commune> read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<Commune>>() { });
        }
    }
}
