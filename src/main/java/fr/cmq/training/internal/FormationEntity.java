package fr.cmq.training.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.cmq.shared.db.EditedAggregate;
import fr.cmq.training.AdmissionRoute;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OpenStatus;

/** A formation of a campus's offer, edited by its team or its member's contact: versioned, changed whole. */
@Entity
@Table(name = "formation")
class FormationEntity extends EditedAggregate<FormationEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campusId;
    private long memberId;
    private @Nullable Long siteId;
    private @Nullable String certificationId;
    private String title;
    private @Nullable String typeLabel;
    private @Nullable String rncpCode;
    private int level;
    private boolean scolaire;
    private @Nullable Integer scolaireCapacity;
    private boolean apprentissage;
    private @Nullable Integer apprentissageCapacity;
    @Column(name = "formation_continue")
    private boolean formationContinue;
    @Column(name = "formation_continue_capacity")
    private @Nullable Integer formationContinueCapacity;
    private boolean vae;
    private @Nullable String duration;
    private @Nullable String startDates;
    @Enumerated(EnumType.STRING)
    private @Nullable AdmissionRoute admission;
    private boolean accessible;
    private @Nullable String handicapReferent;
    private @Nullable String adaptations;
    private @Nullable String description;
    private @Nullable String onisepUrl;

    protected FormationEntity() {
    }

    FormationEntity(long campusId) {
        this.campusId = campusId;
    }

    /** Sets everything a formation says, as checked and completed from its certification by the offer. */
    void describe(CheckedFormation formation, String by) {
        this.memberId = formation.memberId();
        this.siteId = formation.siteId();
        this.certificationId = formation.certificationId();
        this.title = formation.title();
        this.typeLabel = formation.typeLabel();
        this.rncpCode = formation.rncpCode();
        this.level = formation.level();
        this.onisepUrl = formation.onisepUrl();
        this.scolaire = false;
        this.apprentissage = false;
        this.formationContinue = false;
        this.vae = false;
        this.scolaireCapacity = null;
        this.apprentissageCapacity = null;
        this.formationContinueCapacity = null;
        for (OpenStatus open : formation.statuses()) {
            switch (open.status()) {
                case SCOLAIRE -> { scolaire = true; scolaireCapacity = open.capacity(); }
                case APPRENTISSAGE -> { apprentissage = true; apprentissageCapacity = open.capacity(); }
                case FORMATION_CONTINUE -> { formationContinue = true; formationContinueCapacity = open.capacity(); }
                case VAE -> vae = true;
            }
        }
        this.duration = formation.duration();
        this.startDates = formation.startDates();
        this.admission = formation.admission();
        this.accessible = formation.accessible();
        this.handicapReferent = formation.handicapReferent();
        this.adaptations = formation.adaptations();
        this.description = formation.description();
        edited(by, Instant.now());
    }

    boolean isOpen(LearnerStatus status) {
        return switch (status) {
            case SCOLAIRE -> scolaire;
            case APPRENTISSAGE -> apprentissage;
            case FORMATION_CONTINUE -> formationContinue;
            case VAE -> vae;
        };
    }

    Long getId() { return id; }
    int getLevel() { return level; }
    long getCampusId() { return campusId; }
    long getMemberId() { return memberId; }
    String getTitle() { return title; }
}
