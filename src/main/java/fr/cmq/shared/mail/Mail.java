package fr.cmq.shared.mail;

/**
 * One e-mail to one person, in plain text. Its subject is one line whatever the names in it hold: a line break there
 * would start another header.
 */
public record Mail(String to, String subject, String body) {

    public Mail {
        subject = subject.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }
}
