package fr.cmq.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.cmq.shared.demo.DemoData;
import fr.cmq.shared.importing.ImportEngine;

/**
 * Small real extracts of the Annuaire de l'éducation — schools of Val-de-Marne (2026) and the lycées, collèges and CFA
 * of Ille-et-Vilaine (2023) — and of ONISEP's formations, imported through the import engine when the directory is
 * empty, so that searches show something on first start.
 */
@Component
@Order(2)
@RequiredArgsConstructor
class DemoReferenceData implements DemoData {

    private final ImportEngine engine;
    private final JdbcClient jdbc;

    @Override
    public void load() {
        if (importIfEmpty("establishment", "annuaire", "demo/annuaire-extrait.csv")) {
            importFile("annuaire", "demo/annuaire-ille-et-vilaine-secondaire.csv");
        }
        importIfEmpty("certification", "onisep", "demo/onisep-extrait.csv");
    }

    /** Imports the file when the table is empty; says whether it did. */
    private boolean importIfEmpty(String table, String kind, String resource) {
        if (jdbc.sql("select exists (select 1 from " + table + ")").query(Boolean.class).single()) {
            return false;
        }
        importFile(kind, resource);
        return true;
    }

    private void importFile(String kind, String resource) {
        var importer = engine.importer(kind).orElseThrow();
        Path file = copy(resource);
        try {
            engine.importFile(importer, Path.of(resource).getFileName().toString(), file, "démonstration",
                    ImportEngine.ProgressListener.NONE);
        } finally {
            file.toFile().delete();
        }
    }

    private static Path copy(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            Path file = Files.createTempFile("cmq-demo-", ".csv");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
