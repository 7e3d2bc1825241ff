package fr.cmq.shared.db;

import java.time.Instant;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An aggregate people edit: its version, so that two people editing it do not silently overwrite each other (the
 * second meets a conflict), and who changed it last and when, to show the second what the first did.
 */
@MappedSuperclass
public abstract class EditedAggregate<A extends EditedAggregate<A>> extends AbstractAggregateRoot<A> {

    private Instant updatedAt = Instant.now();
    private @Nullable String updatedBy;

    @Version
    private long version;

    /** Who changed it, and when; its version moves when it is saved. */
    protected void edited(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable String getUpdatedBy() {
        return updatedBy;
    }
}
