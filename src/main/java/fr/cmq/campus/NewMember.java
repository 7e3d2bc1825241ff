package fr.cmq.campus;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An organisation joining a network: an establishment of the Annuaire (by UAI: its name, town, coordinates and EPLE
 * status come from there), a company (by SIRET), or another organisation by name — which may then be declared an EPLE
 * when its type allows it.
 */
public record NewMember(
        OrganisationType organisationType,
        NetworkRole networkRole,
        @Nullable String uai,
        @Nullable String siret,
        @Nullable String name,
        @Nullable String communeName,
        @Nullable Double latitude,
        @Nullable Double longitude,
        boolean declaredEple,
        @Nullable LocalDate joinedOn,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone) {
}
