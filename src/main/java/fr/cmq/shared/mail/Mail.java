package fr.cmq.shared.mail;

/** One e-mail to one person, in plain text. */
public record Mail(String to, String subject, String body) {
}
