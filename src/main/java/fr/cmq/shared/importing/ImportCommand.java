package fr.cmq.shared.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar plateforme-cmq.jar import KIND FILE}: the same import as the page and the API, from the command line,
 * with a textual progress bar. Exits with 0 when the file was imported, 1 when it was refused, 2 on a wrong call.
 */
@Component
@Order(100)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final int BAR_WIDTH = 40;
    private static final int REJECTIONS_SHOWN = 20;

    private final ImportEngine engine;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    /** Whether the command line asks for an import (the platform then starts without its web server). */
    public static boolean isRequested(String... args) {
        return args.length > 0 && args[0].equals("import");
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        if (words.isEmpty() || !words.getFirst().equals("import")) {
            return;
        }
        String kinds = engine.importers().stream().map(CsvImporter::kind).collect(Collectors.joining(", "));
        if (words.size() != 3) {
            fail("Usage : import TYPE FICHIER (types : " + kinds + ")");
            return;
        }
        var importer = engine.importer(words.get(1));
        Path file = Path.of(words.get(2));
        if (importer.isEmpty()) {
            fail("Type d'import inconnu « " + words.get(1) + " » (types : " + kinds + ")");
        } else if (!Files.isReadable(file)) {
            fail("Fichier introuvable ou illisible : " + file);
        } else {
            report(engine.importFile(importer.get(), file.getFileName().toString(), file,
                    "ligne de commande (" + System.getProperty("user.name") + ")", this::showProgress));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private void showProgress(ImportProgress progress) {
        int filled = progress.percent() * BAR_WIDTH / 100;
        err.printf(Locale.FRANCE, "\r[%s%s] %3d %% — %,d lignes", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                progress.percent(), progress.linesRead());
        err.flush();
    }

    private void report(ImportReport report) {
        err.println();
        var run = report.run();
        if (run.status() == ImportStatus.ECHEC) {
            fail("Fichier refusé, rien n'a été modifié : " + run.error());
            return;
        }
        out.printf(Locale.FRANCE, "Import n° %d terminé : %d lignes lues, %d créées, %d mises à jour, %d inchangées, %d refusées.%n",
                run.id(), run.read(), run.created(), run.updated(), run.unchanged(), run.rejected());
        report.rejections().stream().limit(REJECTIONS_SHOWN)
                .forEach(rejection -> out.printf("  ligne %d : %s%n", rejection.line(), rejection.reason()));
        if (run.rejected() > REJECTIONS_SHOWN) {
            out.printf("  … et %d autres lignes refusées (voir le rapport sur la plateforme).%n",
                    run.rejected() - REJECTIONS_SHOWN);
        }
    }

    private void fail(String message) {
        err.println(message);
        exitCode = message.startsWith("Fichier refusé") ? 1 : 2;
    }
}
