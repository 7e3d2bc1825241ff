package fr.cmq.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReadOncePerTransactionTest {

    private final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            TransactionSynchronizationManager.clear();
        }
    }

    private String read() {
        return "campus " + reads.incrementAndGet();
    }

    @Test
    void aReadOnlyTransactionReadsAKeyOnceAndTheNextTransactionAgain() {
        begin(true);
        assertThat(ReadOncePerTransaction.get("campus", 12L, this::read)).isEqualTo("campus 1");
        assertThat(ReadOncePerTransaction.get("campus", 12L, this::read)).isEqualTo("campus 1");
        assertThat(ReadOncePerTransaction.get("campus", 13L, this::read)).isEqualTo("campus 2");
        assertThat(ReadOncePerTransaction.get("sites", 12L, this::read)).isEqualTo("campus 3");
        endTransaction();

        begin(true);
        assertThat(ReadOncePerTransaction.get("campus", 12L, this::read)).isEqualTo("campus 4");
    }

    @Test
    void aTransactionThatMayWriteReadsEachTime() {
        begin(false);
        ReadOncePerTransaction.get("campus", 12L, this::read);
        assertThat(ReadOncePerTransaction.get("campus", 12L, this::read)).isEqualTo("campus 2");
    }

    @Test
    void withoutATransactionEachCallReads() {
        ReadOncePerTransaction.get("campus", 12L, this::read);
        assertThat(ReadOncePerTransaction.get("campus", 12L, this::read)).isEqualTo("campus 2");
    }

    private static void begin(boolean readOnly) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
    }
}
