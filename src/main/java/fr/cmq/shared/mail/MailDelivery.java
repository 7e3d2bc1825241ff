package fr.cmq.shared.mail;

/** How an e-mail left the platform. */
public enum MailDelivery {
    /** Handed to the mail server. */
    SENT,
    /** No mail server is configured ({@code spring.mail.host}): the e-mail was written to the platform's log. */
    LOGGED
}
