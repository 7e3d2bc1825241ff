package fr.cmq.labelling;

import org.jspecify.annotations.Nullable;

/** A criterion of the cahier des charges: what to show, and what more the catégorie Excellence asks. */
public record Criterion(String code, String title, @Nullable String guidance, @Nullable String excellence,
        @Nullable String attachments) {
}
