package fr.cmq.steering.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

import fr.cmq.steering.SteeringEvent;

/** A campus's diagnostic: one per campus, versioned, rewritten whole. */
@Entity
@Table(name = "campus_diagnostic")
class DiagnosticEntity extends AbstractAggregateRoot<DiagnosticEntity> {

    @Id
    private Long campusId;
    private String summary;
    private LocalDate datedOn;
    private @Nullable String sources;
    private @Nullable Long documentId;
    private Instant updatedAt = Instant.now();
    private @Nullable String updatedBy;

    @Version
    private @Nullable Long version;

    protected DiagnosticEntity() {
    }

    DiagnosticEntity(long campusId) {
        this.campusId = campusId;
    }

    void describe(String summary, LocalDate datedOn, @Nullable String sources, @Nullable Long documentId, String by,
            Instant at) {
        this.summary = summary;
        this.datedOn = datedOn;
        this.sources = sources;
        if (documentId != null) {
            this.documentId = documentId;
        }
        this.updatedAt = at;
        this.updatedBy = by;
        registerEvent(new SteeringEvent.PlanChanged(campusId));
    }

    /** 0 before it is first written. */
    long currentVersion() {
        return version == null ? 0 : version + 1;
    }

    @Nullable Long getDocumentId() {
        return documentId;
    }
}
