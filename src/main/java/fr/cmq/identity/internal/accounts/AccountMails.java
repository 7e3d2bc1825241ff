package fr.cmq.identity.internal.accounts;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import fr.cmq.identity.internal.accounts.AccountEvent.InvitationAsked;
import fr.cmq.identity.internal.accounts.AccountEvent.PasswordResetAsked;
import fr.cmq.identity.internal.accounts.OneTimeLinks.Purpose;
import fr.cmq.shared.FrenchDates;
import fr.cmq.shared.mail.Mail;
import fr.cmq.shared.mail.MailTemplates;
import fr.cmq.shared.mail.Postman;

/**
 * Sends the links that set a password, after the act that asked for them is committed (ADR 0009): the link is made in
 * a short transaction, the e-mail sent outside any, then kept as sent. A failed sending leaves the event to be handed
 * here again, which makes a fresh link; a sent one is not sent twice.
 */
@Component
class AccountMails {

    /** However often a reset is asked for one address, one e-mail leaves in this time. */
    private static final Duration RESET_QUIET = Duration.ofMinutes(2);

    private final OneTimeLinks links;
    private final UserAccountRepository accounts;
    private final MailTemplates templates;
    private final Postman postman;
    private final TransactionTemplate writing;

    AccountMails(OneTimeLinks links, UserAccountRepository accounts, MailTemplates templates, Postman postman,
            PlatformTransactionManager transactions) {
        this.links = links;
        this.accounts = accounts;
        this.templates = templates;
        this.postman = postman;
        this.writing = new TransactionTemplate(transactions);
    }

    @Async
    @TransactionalEventListener
    void on(InvitationAsked asked) {
        String occasion = "INVITATION@" + asked.at();
        var letter = writing.execute(status -> accounts.findById(asked.accountId())
                .filter(account -> account.enabled() && !account.hasPassword())
                .filter(account -> !links.sent(account.id(), occasion))
                .map(account -> {
                    var link = links.issue(account.id(), Purpose.INVITATION, occasion);
                    return new Letter(link.id(), templates.write(account.email(), "account-invitation",
                            "mail.account.invitation.subject", new Object[0], Map.of("name", account.displayName(),
                                    "token", link.token(), "hours", OneTimeLinks.INVITATION.toHours())));
                }).orElse(null));
        deliver(Optional.ofNullable(letter));
    }

    @Async
    @TransactionalEventListener
    void on(PasswordResetAsked asked) {
        String occasion = "REINITIALISATION@" + asked.at();
        var letter = writing.execute(status -> accounts.findWithRolesByEmail(asked.email())
                .filter(UserAccount::enabled)
                .filter(account -> !links.sent(account.id(), occasion)
                        && !links.sentSince(account.id(), Purpose.REINITIALISATION, RESET_QUIET))
                .map(account -> {
                    var link = links.issue(account.id(), Purpose.REINITIALISATION, occasion);
                    return new Letter(link.id(), templates.write(account.email(), "account-reset",
                            "mail.account.reset.subject", new Object[0], Map.of("name", account.displayName(),
                                    "token", link.token(), "minutes", OneTimeLinks.RESET.toMinutes(),
                                    "asked", FrenchDates.moment(asked.at()))));
                }).orElse(null));
        deliver(Optional.ofNullable(letter));
    }

    private void deliver(Optional<Letter> letter) {
        letter.ifPresent(it -> {
            postman.send(it.mail());
            writing.executeWithoutResult(status -> links.markSent(it.linkId()));
        });
    }

    private record Letter(long linkId, Mail mail) {
    }
}
