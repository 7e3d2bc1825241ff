package fr.cmq.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Connections to the platform's database that the main pool does not lend: a small pool for work that may run while
 * a request holds its own connection, or one connection kept open for a long time (a listener). Either way the main
 * pool never waits on itself.
 */
public final class BesideThePool {

    private BesideThePool() {
    }

    /** A pool of its own, named, on the same database as the main one. */
    public static HikariDataSource pool(DataSource main, String name, int size) throws SQLException {
        var address = main.unwrap(HikariDataSource.class);
        var pool = new HikariDataSource();
        pool.setPoolName(name);
        pool.setJdbcUrl(address.getJdbcUrl());
        pool.setUsername(address.getUsername());
        pool.setPassword(address.getPassword());
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(1);
        return pool;
    }

    /** One connection, opened now, that its caller closes. */
    public static Connection connection(DataSource main) throws SQLException {
        var address = main.unwrap(HikariDataSource.class);
        return DriverManager.getConnection(address.getJdbcUrl(), address.getUsername(), address.getPassword());
    }
}
