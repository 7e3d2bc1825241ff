package fr.cmq.steering.internal;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.db.EditedAggregate;
import fr.cmq.steering.EventKind;
import fr.cmq.steering.SteeringEvent;

/** An event of a campus, edited by its team: versioned, changed whole; its attendance is told once it has begun. */
@Entity
@Table(name = "campus_event")
class EventEntity extends EditedAggregate<EventEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campusId;
    private @Nullable Long actionId;
    @Enumerated(EnumType.STRING)
    private EventKind kind;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private @Nullable Long siteId;
    private @Nullable String address;
    private @Nullable String town;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] audiences = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    private Integer[] levels = {};
    private @Nullable String description;
    private @Nullable String registrationUrl;
    private boolean published;
    private @Nullable Integer attendance;

    protected EventEntity() {
    }

    EventEntity(long campusId) {
        this.campusId = campusId;
    }

    void describe(CheckedEvent event, String by, Instant at) {
        this.kind = event.kind();
        this.title = event.title();
        this.startsAt = event.startsAt();
        this.endsAt = event.endsAt();
        this.siteId = event.siteId();
        this.address = event.address();
        this.town = event.town();
        this.audiences = event.audiences().stream().map(Enum::name).toArray(String[]::new);
        this.levels = event.levels().toArray(Integer[]::new);
        this.actionId = event.actionId();
        this.description = event.description();
        this.registrationUrl = event.registrationUrl();
        this.published = event.published();
        changed(by, at);
    }

    /** How many came: told once the event has begun, never before. */
    void recordAttendance(int count, LocalDateTime now, String by, Instant at) {
        if (now.isBefore(startsAt)) {
            throw new RuleViolationException("rule.event.attendance.before");
        }
        if (count < 0 || count > 1_000_000) {
            throw new InvalidFieldException("attendance", "Un nombre de participants de 0 à 1 000 000");
        }
        attendance = count;
        changed(by, at);
    }

    private void changed(String by, Instant at) {
        edited(by, at);
        registerEvent(new SteeringEvent.AgendaChanged(campusId));
    }

    Long getId() {
        return id;
    }

    String getTitle() {
        return title;
    }
}
