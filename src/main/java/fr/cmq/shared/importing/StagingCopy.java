package fr.cmq.shared.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams accepted lines into the {@code staging} table with PostgreSQL's COPY, in chunks, each line with its number
 * and a hash of its values (so that applying it can tell an unchanged row from a changed one).
 */
final class StagingCopy implements AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder chunk = new StringBuilder(CHUNK + 4096);
    private final MessageDigest digest;
    private boolean ended;

    StagingCopy(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy staging from stdin with (format csv)");
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void add(long line, List<@Nullable String> values) throws SQLException {
        chunk.append(line).append(',').append(hash(values));
        for (String value : values) {
            chunk.append(',');
            if (value != null) {
                chunk.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
        }
        chunk.append('\n');
        if (chunk.length() >= CHUNK) {
            flush();
        }
    }

    void end() throws SQLException {
        flush();
        copy.endCopy();
        ended = true;
    }

    @Override
    public void close() throws SQLException {
        if (!ended && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void flush() throws SQLException {
        if (!chunk.isEmpty()) {
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            chunk.setLength(0);
        }
    }

    private String hash(List<@Nullable String> values) {
        for (String value : values) {
            digest.update(value == null ? new byte[] { 0 } : value.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0x1F);
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
