package fr.cmq.shared.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.cmq.shared.CmqProperties;
import fr.cmq.shared.test.IntegrationTest;

/** What a stop in the middle of an import leaves behind is cleared at the next start. */
@IntegrationTest
class InterruptedImportsIT {

    @Autowired
    InterruptedImports interruptedImports;
    @Autowired
    CmqProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void marksTheRunFailedAndRemovesItsFile() throws IOException {
        long run = jdbc.sql("insert into import_run (kind, file_name, started_by) values ('annuaire', 'a.csv', 'x')"
                + " returning id").query(Long.class).single();
        var directory = Files.createDirectories(properties.dataDir().resolve("imports"));
        var leftover = Files.writeString(directory.resolve("import-123.csv"), "uai\n");

        interruptedImports.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select status from import_run where id = :id").param("id", run).query(String.class)
                .single()).isEqualTo("ECHEC");
        assertThat(leftover).doesNotExist();
    }
}
