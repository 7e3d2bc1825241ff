package fr.cmq.campus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.cmq.directory.Filiere;
import fr.cmq.identity.CampusScope;

/** Everything about one campus that its page shows; {@code code} is its stable code in the national list. */
public record CampusDetails(
        long id,
        String code,
        String name,
        Filiere filiere,
        Category category,
        CampusStatus status,
        @Nullable String regionCode,
        @Nullable String regionName,
        Set<String> academieCodes,
        @Nullable String academies,
        @Nullable String territoryDescription,
        @Nullable String supportUai,
        @Nullable String supportName,
        @Nullable LocalDate missionLetterDate,
        @Nullable LocalDate conventionDate,
        @Nullable String presentation,
        @Nullable String website,
        @Nullable String contactEmail,
        @Nullable String lieuDeVie,
        @Nullable LocalDate labelStart,
        @Nullable LocalDate labelEnd,
        @Nullable String labelNor,
        Map<Finalite, String> objectives,
        List<Member> members,
        Instant updatedAt,
        @Nullable String updatedBy,
        long version) {

    public CampusScope scope() {
        return new CampusScope(id, academieCodes, regionCode);
    }

    public List<Member> activeMembers() {
        return members.stream().filter(Member::active).toList();
    }

    /** The days from {@code today} to the label's last day, or null without a label or once it has ended. */
    public @Nullable Long labelDaysLeft(LocalDate today) {
        return labelEnd == null || labelEnd.isBefore(today) ? null : ChronoUnit.DAYS.between(today, labelEnd);
    }

    public boolean hasEple() {
        return members.stream().anyMatch(member -> member.active() && member.eple());
    }

    public CampusDetails withSupportName(@Nullable String name) {
        return new CampusDetails(id, code, this.name, filiere, category, status, regionCode, regionName, academieCodes,
                academies, territoryDescription, supportUai, name, missionLetterDate, conventionDate, presentation,
                website, contactEmail, lieuDeVie, labelStart, labelEnd, labelNor, objectives, members, updatedAt,
                updatedBy, version);
    }

    /** The same campus as the public sees it: no contact persons, no former members. */
    public CampusDetails forThePublic() {
        return new CampusDetails(id, code, name, filiere, category, status, regionCode, regionName, academieCodes, academies,
                territoryDescription, supportUai, supportName, missionLetterDate, conventionDate, presentation, website,
                contactEmail, lieuDeVie, labelStart, labelEnd, labelNor, objectives,
                activeMembers().stream().map(Member::withoutContact).toList(), updatedAt, null, version);
    }
}
