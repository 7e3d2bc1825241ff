package fr.cmq.shared.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts, on the threads that serve HTTP requests only, the connections taken from the pool (a transaction, or a
 * statement run outside one) and the statements prepared on them: what a page costs, measured rather than read in
 * the code. Other threads (jobs, listeners, the test itself) are not counted.
 */
public final class CountedReads implements BeanPostProcessor {

    private static final AtomicLong CONNECTIONS = new AtomicLong();
    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

    /** What a piece of work cost. */
    public record Cost(long connections, long statements) {
    }

    /** Runs the work (requests sent to the application) and answers what the requests' threads took meanwhile. */
    public static Cost of(Runnable work) {
        long connections = CONNECTIONS.get();
        long statements = STATEMENTS.get();
        work.run();
        return new Cost(CONNECTIONS.get() - connections, STATEMENTS.get() - statements);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    private static boolean servingARequest() {
        String thread = Thread.currentThread().getName();
        return thread.startsWith("tomcat-handler") || thread.startsWith("http-nio");
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            if (!servingARequest()) {
                return connection;
            }
            CONNECTIONS.incrementAndGet();
            InvocationHandler handler = (proxy, method, args) -> {
                if (PREPARING.contains(method.getName())) {
                    STATEMENTS.incrementAndGet();
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] { Connection.class }, handler);
        }
    }
}
