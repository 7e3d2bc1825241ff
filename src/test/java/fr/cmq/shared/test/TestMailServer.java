package fr.cmq.shared.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) for the JVM's tests, on a port free when the JVM starts, that the platform under test
 * sends its e-mails to; tests read what each person received, and may stop it for a while.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();
    private static final GreenMail SERVER = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SERVER.start();
    }

    /** One e-mail as its recipient reads it. */
    public record Received(String to, String subject, String body) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", PORT)));
    }

    /** Where the server listens on 127.0.0.1, for a platform started outside this JVM. */
    public static int port() {
        return PORT;
    }

    public static List<Received> receivedBy(String email) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(message -> isFor(message, email))
                .map(message -> read(message, email)).toList();
    }

    public static List<Received> received() {
        return Arrays.stream(SERVER.getReceivedMessages())
                .map(message -> read(message, recipient(message))).toList();
    }

    public static void forget() {
        try {
            SERVER.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail server goes down, as a real one may: the platform's sending fails until {@link #restart}. */
    public static void stop() {
        SERVER.stop();
    }

    public static void restart() {
        SERVER.start();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFor(MimeMessage message, String email) {
        return recipient(message).equalsIgnoreCase(email);
    }

    private static String recipient(MimeMessage message) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to == null || to.length == 0 ? "" : to[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received read(MimeMessage message, String to) {
        try {
            return new Received(to, message.getSubject(), String.valueOf(message.getContent()).replace("\r\n", "\n"));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
