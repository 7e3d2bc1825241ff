package fr.cmq.campus.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Category;
import fr.cmq.campus.NewCampus;
import fr.cmq.shared.web.SingleLine;

/** A campus as its creator types it: its name, its filière, its category, its région and académies. */
record NewCampusForm(
        @NotBlank(message = "{campus.new.name.required}") @SingleLine @Size(max = 200, message = "{campus.new.name.size}")
        @Nullable String name,
        @NotBlank(message = "{campus.new.filiere.required}") @Nullable String filiereCode,
        @NotNull(message = "{campus.new.category.required}") @Nullable Category category,
        @NotBlank(message = "{campus.new.region.required}") @Nullable String regionCode,
        @NotEmpty(message = "{campus.new.academies.required}") @Nullable List<String> academieCodes,
        @SingleLine @Size(max = 300, message = "{campus.new.territory.size}") @Nullable String territoryDescription) {

    static NewCampusForm blank() {
        return new NewCampusForm(null, null, Category.CMQ, null, List.of(), null);
    }

    NewCampus toNewCampus() {
        Set<String> academies = new TreeSet<>(academieCodes == null ? List.of() : academieCodes);
        return new NewCampus(String.valueOf(name).strip(), String.valueOf(filiereCode), category, regionCode,
                academies, territoryDescription == null || territoryDescription.isBlank() ? null
                        : territoryDescription.strip());
    }
}
