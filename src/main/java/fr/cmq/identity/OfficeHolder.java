package fr.cmq.identity;

/** Someone who holds an office on a campus today, by an enabled account. */
public record OfficeHolder(long campusId, Role role, String displayName) {
}
