package fr.cmq.identity;

/** Someone the platform writes to, in the role it is written to for. */
public record Recipient(String email, String name, Role role) {
}
