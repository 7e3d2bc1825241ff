package fr.cmq.steering.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import fr.cmq.shared.db.EditedAggregate;
import fr.cmq.steering.ObjectiveDetails;
import fr.cmq.steering.SteeringEvent;

/** A strategic objective of a campus, kept by its team: versioned, rewritten whole, public once written. */
@Entity
@Table(name = "strategic_objective")
class ObjectiveEntity extends EditedAggregate<ObjectiveEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campusId;
    private String title;
    private @Nullable String description;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] finalites = {};
    private @Nullable Integer firstYear;
    private @Nullable Integer lastYear;

    protected ObjectiveEntity() {
    }

    ObjectiveEntity(long campusId) {
        this.campusId = campusId;
    }

    /** @param objective checked: a title, a period in order, each finalité once */
    void describe(ObjectiveDetails objective, String by, Instant at) {
        this.title = objective.title();
        this.description = objective.description();
        this.finalites = objective.finalites().stream().map(Enum::name).toArray(String[]::new);
        this.firstYear = objective.firstYear();
        this.lastYear = objective.lastYear();
        edited(by, at);
        registerEvent(new SteeringEvent.PlanChanged(campusId));
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }
}
