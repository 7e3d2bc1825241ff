package fr.cmq.campus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A campus in the national list: its public identity, territory and label, and the size of its network. */
public record RegisteredCampus(
        String code,
        long id,
        String name,
        String filiereCode,
        String filiere,
        Category category,
        CampusStatus status,
        @Nullable String regionCode,
        @Nullable String region,
        List<String> academies,
        List<String> departements,
        @Nullable String territory,
        @Nullable String supportUai,
        @Nullable LocalDate labelStart,
        @Nullable LocalDate labelEnd,
        @Nullable String website,
        int members,
        int companies,
        Instant updatedAt) {
}
