package fr.cmq.campus;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.directory.Filiere;

/** A campus as lists show it. */
public record CampusSummary(
        long id,
        String code,
        String name,
        Filiere filiere,
        Category category,
        CampusStatus status,
        @Nullable String regionCode,
        @Nullable String regionName,
        @Nullable String academies,
        @Nullable String territoryDescription,
        @Nullable LocalDate labelEnd) {
}
