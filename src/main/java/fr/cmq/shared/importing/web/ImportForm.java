package fr.cmq.shared.importing.web;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The upload form of the imports page. */
record ImportForm(@NotBlank(message = "{imports.kind.required}") @Nullable String kind, @Nullable MultipartFile file) {
}
