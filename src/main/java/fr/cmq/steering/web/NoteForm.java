package fr.cmq.steering.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A progress note on an action. */
record NoteForm(
        @NotNull(message = "{action.note.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate notedOn,
        @NotBlank(message = "{action.note.text.required}") @Size(max = 4000, message = "{action.form.text.size}") @Nullable String text) {
}
