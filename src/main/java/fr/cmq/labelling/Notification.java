package fr.cmq.labelling;

import java.time.Instant;

/**
 * An e-mail the platform sent about a dossier: to whom, its subject, when, and whether it reached the mail server
 * ({@code sent}) or was only written to the platform's log, no mail server being configured.
 */
public record Notification(String name, String recipient, String subject, boolean sent, Instant at) {
}
