package fr.cmq.steering;

import java.time.LocalDate;

/** A dated word on how an action progresses. */
public record ActionNote(long id, LocalDate notedOn, String text, String author) {
}
