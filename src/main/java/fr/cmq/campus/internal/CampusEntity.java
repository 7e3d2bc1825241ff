package fr.cmq.campus.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.campus.Finalite;
import fr.cmq.campus.LabelDecided;
import fr.cmq.identity.CampusScope;
import fr.cmq.shared.db.EditedAggregate;

/** A campus as it is stored; its network is kept apart ({@link MemberEntity}). */
@Entity
@Table(name = "campus")
class CampusEntity extends EditedAggregate<CampusEntity> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String filiereCode;
    @Enumerated(EnumType.STRING)
    private Category category = Category.CMQ;
    @Enumerated(EnumType.STRING)
    private CampusStatus status = CampusStatus.PROJET;
    private @Nullable String regionCode;
    private @Nullable String territoryDescription;
    private @Nullable String supportUai;
    private @Nullable LocalDate missionLetterDate;
    private @Nullable Long missionLetterDocumentId;
    private @Nullable LocalDate conventionDate;
    private @Nullable Long conventionDocumentId;
    private @Nullable Long logoDocumentId;
    private @Nullable String presentation;
    private @Nullable String website;
    private @Nullable String contactEmail;
    private @Nullable String lieuDeVie;
    private @Nullable LocalDate labelStart;
    private @Nullable LocalDate labelEnd;
    private @Nullable String labelNor;
    private @Nullable LocalDate labelDecidedOn;

    @ElementCollection
    @CollectionTable(name = "campus_academie", joinColumns = @JoinColumn(name = "campus_id"))
    @Column(name = "academie_code")
    private Set<String> academieCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "campus_departement", joinColumns = @JoinColumn(name = "campus_id"))
    @Column(name = "departement_code")
    private Set<String> departementCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "campus_objective", joinColumns = @JoinColumn(name = "campus_id"))
    @MapKeyColumn(name = "finalite")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "comment")
    private Map<Finalite, String> objectives = new EnumMap<>(Finalite.class);

    protected CampusEntity() {
    }

    CampusEntity(String name, String filiereCode, Category category) {
        this.name = name;
        this.filiereCode = filiereCode;
        this.category = category;
    }

    CampusScope scope() {
        return new CampusScope(id, academieCodes, regionCode);
    }

    /** The lettre de mission signed on that day; a new signed copy, when given, replaces the former. */
    void recordMissionLetter(LocalDate signedOn, @Nullable Long documentId) {
        missionLetterDate = signedOn;
        if (documentId != null) {
            missionLetterDocumentId = documentId;
        }
    }

    void attachConvention(long documentId) {
        conventionDocumentId = documentId;
    }

    void attachLogo(long documentId) {
        logoDocumentId = documentId;
    }

    void touchedBy(String who) {
        edited(who, Instant.now());
    }

    // Accessors, in the order of the table.

    Long getId() { return id; }
    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getFiliereCode() { return filiereCode; }
    void setFiliereCode(String filiereCode) { this.filiereCode = filiereCode; }
    Category getCategory() { return category; }
    void setCategory(Category category) { this.category = category; }
    CampusStatus getStatus() { return status; }
    void setStatus(CampusStatus status) { this.status = status; }
    @Nullable String getRegionCode() { return regionCode; }
    void setRegionCode(@Nullable String regionCode) { this.regionCode = regionCode; }
    @Nullable String getTerritoryDescription() { return territoryDescription; }
    void setTerritoryDescription(@Nullable String text) { this.territoryDescription = text; }
    @Nullable String getSupportUai() { return supportUai; }
    void setSupportUai(@Nullable String supportUai) { this.supportUai = supportUai; }
    @Nullable LocalDate getMissionLetterDate() { return missionLetterDate; }
    void setMissionLetterDate(@Nullable LocalDate date) { this.missionLetterDate = date; }
    @Nullable Long getMissionLetterDocumentId() { return missionLetterDocumentId; }
    @Nullable LocalDate getConventionDate() { return conventionDate; }
    @Nullable Long getConventionDocumentId() { return conventionDocumentId; }
    @Nullable Long getLogoDocumentId() { return logoDocumentId; }
    void setConventionDate(@Nullable LocalDate date) { this.conventionDate = date; }
    @Nullable String getPresentation() { return presentation; }
    void setPresentation(@Nullable String presentation) { this.presentation = presentation; }
    @Nullable String getWebsite() { return website; }
    void setWebsite(@Nullable String website) { this.website = website; }
    @Nullable String getContactEmail() { return contactEmail; }
    void setContactEmail(@Nullable String contactEmail) { this.contactEmail = contactEmail; }
    @Nullable String getLieuDeVie() { return lieuDeVie; }
    void setLieuDeVie(@Nullable String lieuDeVie) { this.lieuDeVie = lieuDeVie; }
    @Nullable LocalDate getLabelStart() { return labelStart; }
    void setLabelStart(@Nullable LocalDate labelStart) { this.labelStart = labelStart; }
    @Nullable LocalDate getLabelEnd() { return labelEnd; }
    /** An arrêté granted the campus its label: its status, category and period come from it. */
    /**
     * Takes the label an arrêté grants; an arrêté for a label older than the one held (a former label recorded late, an
     * event handed again) changes nothing, and the arrêté behind the label held only adds its reference.
     *
     * @return whether the campus changed
     */
    boolean labelled(LabelDecided decision) {
        if (labelStart != null && decision.start().isBefore(labelStart)) {
            return false;
        }
        if (!decision.start().equals(labelStart)) {
            this.status = CampusStatus.LABELLISE;
        }
        this.category = decision.category();
        this.labelStart = decision.start();
        this.labelEnd = decision.end();
        this.labelNor = decision.nor();
        this.labelDecidedOn = decision.decidedOn();
        edited("arrêté " + decision.nor(), Instant.now());
        return true;
    }

    /** The label's last day has passed without a new arrêté. */
    void labelExpired() {
        this.status = CampusStatus.EXPIRE;
        edited("fin du label", Instant.now());
    }

    void setLabelEnd(@Nullable LocalDate labelEnd) { this.labelEnd = labelEnd; }
    Set<String> getAcademieCodes() { return academieCodes; }
    Set<String> getDepartementCodes() { return departementCodes; }
    Map<Finalite, String> getObjectives() { return objectives; }
}
