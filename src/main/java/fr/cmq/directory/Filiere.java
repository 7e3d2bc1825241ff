package fr.cmq.directory;

/** One of the twelve national filières: a stable code and its official wording. */
public record Filiere(String code, String label) {
}
