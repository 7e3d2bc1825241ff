package fr.cmq.shared.db;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a read-only transaction has already read, read again from memory: a page asks its campus of several services
 * (the guard, the controller, the services it calls), and each would otherwise read the whole of it. Only inside a
 * read-only transaction, where nothing read can change before the end; anywhere else, the value is read each time.
 */
public final class ReadOncePerTransaction {

    private ReadOncePerTransaction() {
    }

    /** The value kept under this key in the current read-only transaction, read with {@code read} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T get(String kind, Object key, Supplier<T> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.get();
        }
        var kept = (Map<String, Object>) TransactionSynchronizationManager.getResource(ReadOncePerTransaction.class);
        if (kept == null) {
            kept = new HashMap<>();
            TransactionSynchronizationManager.bindResource(ReadOncePerTransaction.class, kept);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadOncePerTransaction.class);
                }
            });
        }
        String at = kind + ':' + key;
        var value = (T) kept.get(at);
        if (value == null) {
            value = read.get();
            kept.put(at, value);
        }
        return value;
    }
}
