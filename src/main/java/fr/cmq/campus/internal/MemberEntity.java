package fr.cmq.campus.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.NetworkRole;
import fr.cmq.campus.OrganisationType;
import fr.cmq.shared.FrenchDates;

/** One organisation in a campus's network. Leaving sets {@code leftOn}: the row stays, and so does history. */
@Entity
@Table(name = "campus_member")
class MemberEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long campusId;
    @Enumerated(EnumType.STRING)
    private OrganisationType organisationType;
    @Enumerated(EnumType.STRING)
    private NetworkRole networkRole = NetworkRole.MEMBRE;
    private String name;
    private @Nullable String uai;
    private @Nullable String siret;
    private boolean eple;
    private @Nullable String communeName;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    private LocalDate joinedOn = LocalDate.now(FrenchDates.FRANCE);
    private @Nullable LocalDate leftOn;
    private @Nullable String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    private @Nullable String presentation;

    @Version
    private long version;

    protected MemberEntity() {
    }

    MemberEntity(long campusId, OrganisationType type, String name) {
        this.campusId = campusId;
        this.organisationType = type;
        this.name = name;
    }

    boolean isActive() {
        return leftOn == null;
    }

    Long getId() { return id; }
    long getCampusId() { return campusId; }
    OrganisationType getOrganisationType() { return organisationType; }
    void setOrganisationType(OrganisationType type) { this.organisationType = type; }
    NetworkRole getNetworkRole() { return networkRole; }
    void setNetworkRole(NetworkRole role) { this.networkRole = role; }
    String getName() { return name; }
    void setName(String name) { this.name = name; }
    @Nullable String getUai() { return uai; }
    void setUai(@Nullable String uai) { this.uai = uai; }
    @Nullable String getSiret() { return siret; }
    void setSiret(@Nullable String siret) { this.siret = siret; }
    boolean isEple() { return eple; }
    void setEple(boolean eple) { this.eple = eple; }
    @Nullable String getCommuneName() { return communeName; }
    void setCommuneName(@Nullable String communeName) { this.communeName = communeName; }
    @Nullable Double getLatitude() { return latitude; }
    @Nullable Double getLongitude() { return longitude; }
    void locate(@Nullable Double latitude, @Nullable Double longitude) {
        this.latitude = latitude;
        this.longitude = longitude;
    }
    LocalDate getJoinedOn() { return joinedOn; }
    void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    @Nullable LocalDate getLeftOn() { return leftOn; }
    void setLeftOn(@Nullable LocalDate leftOn) { this.leftOn = leftOn; }
    void setPresentation(@Nullable String presentation) { this.presentation = presentation; }
    @Nullable String getContactName() { return contactName; }
    @Nullable String getContactEmail() { return contactEmail; }
    @Nullable String getContactPhone() { return contactPhone; }
    void setContact(@Nullable String name, @Nullable String email, @Nullable String phone) {
        this.contactName = name;
        this.contactEmail = email;
        this.contactPhone = phone;
    }
    long getVersion() { return version; }
}
