package fr.cmq.identity.internal.accounts;

import java.time.Instant;

/** What the accounts' e-mails answer, published in the transaction that asks for them and sent after its commit. */
public sealed interface AccountEvent {

    /** An invited account is to receive (again) the link that sets its password. */
    record InvitationAsked(long accountId, Instant at) implements AccountEvent {
    }

    /**
     * Someone asked to reset the password of this address, which may belong to no account: the request is answered
     * the same way either way, and only the e-mail's sending reads the accounts.
     */
    record PasswordResetAsked(String email, Instant at) implements AccountEvent {
    }
}
