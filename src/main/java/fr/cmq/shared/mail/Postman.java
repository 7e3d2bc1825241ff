package fr.cmq.shared.mail;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import fr.cmq.shared.CmqProperties;

/**
 * Sends the platform's e-mails through the server of {@code spring.mail.host}. Without one (a platform run on a
 * laptop) the e-mail is written to the log instead, and said so to whoever asks what was sent.
 */
@Component
public class Postman {

    private static final Logger LOG = LoggerFactory.getLogger(Postman.class);

    private final @Nullable JavaMailSender sender;
    private final String from;

    Postman(ObjectProvider<JavaMailSender> sender, CmqProperties properties) {
        this.sender = sender.getIfAvailable();
        this.from = properties.mailFrom();
    }

    /** @throws MailException when the server refuses or cannot be reached: the caller tries again later */
    public MailDelivery send(Mail mail) {
        if (sender == null) {
            LOG.info("E-mail à {} écrit ici, aucun serveur d'envoi n'étant configuré : {}", mail.to(), mail.subject());
            LOG.debug("{}", mail.body());
            return MailDelivery.LOGGED;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        sender.send(message);
        return MailDelivery.SENT;
    }
}
