package fr.cmq.campus;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An organisation of a campus's network, as pages and the API show it (contact details only to those allowed). */
public record Member(
        long id,
        OrganisationType organisationType,
        NetworkRole networkRole,
        String name,
        @Nullable String uai,
        @Nullable String siret,
        boolean eple,
        @Nullable String communeName,
        @Nullable Double latitude,
        @Nullable Double longitude,
        LocalDate joinedOn,
        @Nullable LocalDate leftOn,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String presentation,
        long version) {

    public boolean active() {
        return leftOn == null;
    }

    /** The same member without its contact person, for the public. */
    public Member withoutContact() {
        return new Member(id, organisationType, networkRole, name, uai, siret, eple, communeName, latitude, longitude,
                joinedOn, leftOn, null, null, null, presentation, version);
    }
}
