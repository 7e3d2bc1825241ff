package fr.cmq.identity.internal.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.internal.accounts.OneTimeLinks.Opened;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;

/**
 * A password's life: set from an invitation's or a reset's link, reset when forgotten. Every
 * password follows {@link PasswordRule}; every step is audited, never with the password or the link.
 */
@Service
@RequiredArgsConstructor
public class PasswordLife {

    private final OneTimeLinks links;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Whom a link is for, while it may be used: the page that sets the password greets them. */
    @Transactional(readOnly = true)
    public Optional<LinkHolder> holderOf(String token) {
        return links.open(token).map(opened -> new LinkHolder(opened.email(), opened.displayName(),
                opened.purpose() == OneTimeLinks.Purpose.INVITATION));
    }

    /**
     * Sets the password the link opens, once.
     *
     * @return the person, signed in as of now
     * @throws NotFoundException when the link is unknown, used or expired
     * @throws InvalidFieldException on {@code motDePasse} when the password is refused
     */
    @Transactional
    public CmqUser setFromLink(String token, String password) {
        Opened opened = links.open(token).orElseThrow(PasswordLife::expired);
        refuseWeak(password, opened.email());
        if (!links.use(token, opened)) {
            throw expired();
        }
        var account = accounts.findWithRolesById(opened.accountId()).orElseThrow(PasswordLife::expired);
        account.setPassword(encoder.encode(password), clock.instant());
        accounts.flush();
        auditTrail.record(opened.purpose() == OneTimeLinks.Purpose.INVITATION ? "MOT_DE_PASSE_CHOISI"
                : "MOT_DE_PASSE_REINITIALISE", "compte", account.id(), Map.of("email", account.email()));
        return account.toUser(LocalDate.now(clock));
    }

    /**
     * Changes a signed-in person's password, the current one given; the person's open links end.
     *
     * @throws InvalidFieldException on {@code motDePasseActuel} when it is wrong, on {@code motDePasse} when the new
     *         one is refused
     */
    @Transactional
    public void change(CmqUser user, String current, String password) {
        var account = accounts.findWithRolesById(user.id())
                .orElseThrow(() -> new NotFoundException("Compte " + user.id() + " introuvable"));
        if (!account.passwordIs(current, encoder)) {
            throw new InvalidFieldException("motDePasseActuel", "Le mot de passe actuel n’est pas celui-ci.");
        }
        refuseWeak(password, account.email());
        account.setPassword(encoder.encode(password), clock.instant());
        accounts.flush();
        links.endAll(account.id());
        auditTrail.record("MOT_DE_PASSE_CHANGE", "compte", account.id(), Map.of("email", account.email()));
    }

    /**
     * Asks for a reset link for this address. The answer is the same whether an account has it or not, and so is the
     * work done here: the accounts are read only when the e-mail is sent, after the request.
     */
    @Transactional
    public void askReset(String email) {
        events.publishEvent(new AccountEvent.PasswordResetAsked(email.strip(), clock.instant()));
    }

    private static void refuseWeak(String password, String email) {
        PasswordRule.refusal(password, email).ifPresent(refusal -> {
            throw new InvalidFieldException("motDePasse", refusal);
        });
    }

    private static NotFoundException expired() {
        return new NotFoundException("Ce lien n’est plus valable : il a servi, ou son délai est passé.");
    }

    /** The person a link is for, and whether it opens its account (an invitation) or resets its password. */
    public record LinkHolder(String email, String displayName, boolean invitation) {
    }
}
