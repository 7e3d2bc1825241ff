package fr.cmq.campus;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A campus being created: its name, filière, category and territory. */
public record NewCampus(String name, String filiereCode, Category category, @Nullable String regionCode,
        Set<String> academieCodes, @Nullable String territoryDescription) {
}
