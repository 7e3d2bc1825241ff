package fr.cmq.shared.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import fr.cmq.shared.InvalidIdentifierException;
import fr.cmq.shared.jobs.LongWork;

/**
 * Runs an importer on a file: streams it (memory does not grow with its size), refuses it whole when it cannot be
 * read, reports each refused line with its number and reason, and applies the accepted lines in one transaction, so
 * that a failure leaves the database as it was.
 */
@Service
public class ImportEngine {

    /** A line longer than this is refused (the longest real Annuaire line is about 2,000 characters). */
    static final int MAX_LINE_CHARACTERS = 100_000;
    private static final int REJECTION_BATCH = 1000;
    /** The refused lines a report carries, the first ones; all are kept, and paged on the report's page. */
    static final int REPORTED_REJECTIONS = 10_000;
    private static final int PROGRESS_EVERY = 1000;
    private static final int IMPORTS_AT_ONCE = 3;
    private static final Logger log = LoggerFactory.getLogger(ImportEngine.class);

    private final Map<String, CsvImporter> importers;
    private final ImportRuns runs;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Map<Long, ImportProgress> running = new ConcurrentHashMap<>();
    /** A few imports at once, one per scope: each holds a connection from its first line to its last. */
    private final LongWork imports = new LongWork(
            "Un import de ce type est déjà en cours, ou trop d'imports sont en cours : réessayez dans un instant.",
            IMPORTS_AT_ONCE, Duration.ofSeconds(30));
    private final Map<Long, LongWork.Place> places = new ConcurrentHashMap<>();

    ImportEngine(List<CsvImporter> importers, ImportRuns runs, DataSource dataSource, JdbcClient jdbc,
            JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.importers = importers.stream().collect(Collectors.toMap(CsvImporter::kind, Function.identity()));
        this.runs = runs;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    public List<CsvImporter> importers() {
        return importers.values().stream().sorted((a, b) -> a.label().compareTo(b.label())).toList();
    }

    public Optional<CsvImporter> importer(String kind) {
        return Optional.ofNullable(importers.get(kind));
    }

    /**
     * Records a new run, before its file is read, so that people can follow it; refused with
     * {@link fr.cmq.shared.BusyException} when an import of the same scope, or too many imports, are going on.
     */
    public long open(CsvImporter importer, String fileName, String startedBy) {
        var place = imports.enter(importer.scope());
        try {
            long runId = runs.open(importer.kind(), fileName, startedBy);
            places.put(runId, place);
            return runId;
        } catch (RuntimeException e) {
            place.close();
            throw e;
        }
    }

    /** The progress of a run still going on; empty once it has finished. */
    public Optional<ImportProgress> progress(long runId) {
        return Optional.ofNullable(running.get(runId));
    }

    /** Imports the file of a run opened with {@link #open}, and answers its report. */
    public ImportReport run(long runId, CsvImporter importer, Path file, ProgressListener listener) {
        running.put(runId, new ImportProgress(0, size(file), 0));
        try {
            transaction.executeWithoutResult(status -> importInTransaction(runId, importer, file, listener));
        } catch (RejectedFileException e) {
            runs.fail(runId, e.getMessage());
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed", runId, file, e);
            runs.fail(runId, "Erreur inattendue pendant l'import : rien n'a été appliqué.");
        } finally {
            running.remove(runId);
            var place = places.remove(runId);
            if (place != null) {
                place.close();
            }
        }
        return report(runId, 0, REPORTED_REJECTIONS);
    }

    public ImportReport importFile(CsvImporter importer, String fileName, Path file, String startedBy,
            ProgressListener listener) {
        return run(open(importer, fileName, startedBy), importer, file, listener);
    }

    public ImportReport report(long runId, int offset, int limit) {
        var run = runs.find(runId).orElseThrow();
        return new ImportReport(run, runs.rejections(runId, offset, limit));
    }

    private void importInTransaction(long runId, CsvImporter importer, Path file, ProgressListener listener) {
        // another instance may be importing the same scope: refused rather than waited for, holding a connection
        boolean alone = jdbc.sql("select pg_try_advisory_xact_lock(hashtext(:lock))")
                .param("lock", "import:" + importer.scope()).query(Boolean.class).single();
        if (!alone) {
            throw new RejectedFileException("Un import de ce type est déjà en cours : réessayez dans un instant.");
        }
        jdbc.sql("create temp table staging (line bigint not null, content_hash text not null, "
                + importer.stagingColumns() + ") on commit drop").update();

        long totalBytes = size(file);
        long startedAt = System.nanoTime();
        int rejected;
        int read = 0;
        MessageDigest sha256 = sha256();
        try (var rejections = new RejectionSpool();
                var counting = new CountingInputStream(Files.newInputStream(file));
                var input = new BufferedInputStream(new DigestInputStream(counting, sha256), 1 << 16);
                var staging = new StagingCopy(DataSourceUtils.getConnection(dataSource))) {
            try (CsvReader<CsvRecord> csv = CsvFile.read(input)) {
                var records = csv.iterator();
                long lastLine = 1;
                try {
                    if (!records.hasNext()) {
                        throw new RejectedFileException("Le fichier est vide.");
                    }
                    Map<String, Integer> positions = CsvFile.positions(importer, records.next());
                    while (records.hasNext()) {
                        CsvRecord record = records.next();
                        lastLine = record.getStartingLineNumber();
                        read++;
                        String reason = stage(importer, record, positions, staging);
                        if (reason != null) {
                            rejections.add(lastLine, reason);
                        }
                        if (read % PROGRESS_EVERY == 0) {
                            progressed(runId, new ImportProgress(counting.count(), totalBytes, read), listener);
                        }
                    }
                } catch (UncheckedIOException | CsvParseException e) {
                    throw CsvFile.unreadable(e, lastLine);
                }
            }
            staging.end();
            rejected = rejections.count();
            rejections.drain(REJECTION_BATCH, batch -> saveRejections(runId, batch));
            progressed(runId, new ImportProgress(totalBytes, totalBytes, read), listener);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Import " + runId + " could not read or stage " + file, e);
        }

        long stagedAt = System.nanoTime();
        rejected += removeDuplicates(runId, importer);
        jdbc.sql("analyze staging").update();
        int unchanged = jdbc.sql(importer.removeUnchangedSql()).update();
        Map<String, Object> applied = jdbc.sql("with applied as (" + importer.upsertSql() + ") "
                + "select count(*) filter (where created) as created, count(*) filter (where not created) as updated "
                + "from applied").query().singleRow();
        int created = ((Number) applied.get("created")).intValue();
        int updated = ((Number) applied.get("updated")).intValue();
        runs.finish(runId, totalBytes, HexFormat.of().formatHex(sha256.digest()),
                new ImportRuns.Counts(read, created, updated, unchanged, rejected));
        events.publishEvent(new ImportApplied(runId, importer.kind(), created, updated));
        log.info("Import {} ({}): {} lines read and staged in {} ms, applied in {} ms", runId, importer.kind(), read,
                (stagedAt - startedAt) / 1_000_000, (System.nanoTime() - stagedAt) / 1_000_000);
    }

    private static String stage(CsvImporter importer, CsvRecord record, Map<String, Integer> positions,
            StagingCopy staging) throws SQLException {
        int length = record.getFields().stream().mapToInt(String::length).sum();
        if (length > MAX_LINE_CHARACTERS) {
            return "ligne trop longue (%,d caractères ; %,d au plus)".formatted(length, MAX_LINE_CHARACTERS);
        }
        try {
            staging.add(record.getStartingLineNumber(), importer.stage(new CsvRow(record, positions)));
            return null;
        } catch (RejectedRowException | InvalidIdentifierException e) {
            return e.getMessage();
        }
    }

    /** Of two lines with the same key, the later one wins; the earlier is reported. */
    private int removeDuplicates(long runId, CsvImporter importer) {
        var duplicates = jdbc.sql("""
                with ranked as (select line, max(line) over (partition by %s) as last_line from staging)
                delete from staging s using ranked r where s.line = r.line and r.line < r.last_line
                returning s.line, r.last_line""".formatted(importer.target().keyColumn()))
                .query((row, n) -> new Rejection(row.getLong("line"), importer.target().keyLabel()
                        + " en double : la ligne " + row.getLong("last_line") + " le remplace"))
                .list();
        saveRejections(runId, duplicates);
        return duplicates.size();
    }

    private void saveRejections(long runId, List<Rejection> rejections) {
        jdbcTemplate.batchUpdate("insert into import_rejection (run_id, line, reason) values (?, ?, ?)", rejections,
                REJECTION_BATCH, (statement, rejection) -> {
                    statement.setLong(1, runId);
                    statement.setLong(2, rejection.line());
                    statement.setString(3, rejection.reason());
                });
    }

    private void progressed(long runId, ImportProgress progress, ProgressListener listener) {
        running.put(runId, progress);
        listener.progressed(progress);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Told of the progress of an import every thousand lines. */
    @FunctionalInterface
    public interface ProgressListener {

        ProgressListener NONE = progress -> {
        };

        void progressed(ImportProgress progress);
    }
}
