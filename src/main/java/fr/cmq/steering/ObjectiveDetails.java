package fr.cmq.steering;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Finalite;

public record ObjectiveDetails(@Nullable String title, @Nullable String description, List<Finalite> finalites,
        @Nullable Integer firstYear, @Nullable Integer lastYear) {
}
