package fr.cmq.directory;

/** A town of the Annuaire de l'éducation, placed at the middle of its establishments. */
public record Town(String name, double latitude, double longitude) {
}
