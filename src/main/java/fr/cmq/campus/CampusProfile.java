package fr.cmq.campus;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the campus's team keeps up to date: its presentation and the facts of its organisation. */
public record CampusProfile(
        String name,
        @Nullable String territoryDescription,
        @Nullable String supportUai,
        @Nullable LocalDate conventionDate,
        @Nullable String presentation,
        @Nullable String website,
        @Nullable String contactEmail,
        @Nullable String lieuDeVie,
        Map<Finalite, String> objectives) {
}
