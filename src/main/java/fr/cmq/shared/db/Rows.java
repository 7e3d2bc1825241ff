package fr.cmq.shared.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** What a row mapper reads the same way everywhere. */
public final class Rows {

    private Rows() {
    }

    /** A {@code timestamptz} column, {@code null} when the column is. */
    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
