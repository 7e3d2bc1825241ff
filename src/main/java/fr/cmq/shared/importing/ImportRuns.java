package fr.cmq.shared.importing;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored reports of past and running imports. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ImportRuns {

    private static final String COLUMNS = """
            id, kind, file_name, checksum, status, started_by, started_at, finished_at,
            read, created, updated, unchanged, rejected, error""";

    private final JdbcClient jdbc;

    public Optional<ImportRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from import_run where id = :id").param("id", id)
                .query(ImportRun.class).optional();
    }

    /** The runs, newest first. */
    public List<ImportRun> newest(long offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from import_run order by started_at desc, id desc offset :offset limit :limit")
                .param("offset", offset).param("limit", limit)
                .query(ImportRun.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from import_run").query(Long.class).single();
    }

    public List<Rejection> rejections(long runId, long offset, int limit) {
        return jdbc.sql("""
                select line, reason from import_rejection where run_id = :id order by line offset :offset limit :limit""")
                .param("id", runId).param("offset", offset).param("limit", limit)
                .query(Rejection.class).list();
    }

    long open(String kind, String fileName, String startedBy) {
        return jdbc.sql("""
                insert into import_run (kind, file_name, started_by) values (:kind, :fileName, :startedBy) returning id""")
                .param("kind", kind).param("fileName", fileName).param("startedBy", startedBy)
                .query(Long.class).single();
    }

    void finish(long id, long fileSize, String checksum, Counts counts) {
        jdbc.sql("""
                update import_run set status = 'TERMINE', finished_at = clock_timestamp(), file_size = :size, checksum = :checksum,
                    read = :read, created = :created, updated = :updated, unchanged = :unchanged, rejected = :rejected
                where id = :id""")
                .param("id", id).param("size", fileSize).param("checksum", checksum)
                .param("read", counts.read()).param("created", counts.created()).param("updated", counts.updated())
                .param("unchanged", counts.unchanged()).param("rejected", counts.rejected())
                .update();
    }

    void fail(long id, String error) {
        jdbc.sql("update import_run set status = 'ECHEC', finished_at = clock_timestamp(), error = :error where id = :id")
                .param("id", id).param("error", error).update();
    }

    record Counts(int read, int created, int updated, int unchanged, int rejected) {
    }
}
