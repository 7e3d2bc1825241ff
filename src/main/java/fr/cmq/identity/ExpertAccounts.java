package fr.cmq.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The accounts of the experts of the pool: opened by invitation when the pool takes someone in, and how they stand. */
public interface ExpertAccounts {

    /**
     * Gives the expert role to the person with this address, by the national administration: an account opened and
     * an invitation sent when no account has the address, the role added when an account has it without the role.
     *
     * @return whether an invitation is on its way
     */
    boolean ensureExpert(CmqUser admin, String email, String displayName);

    /** How the account of each address stands, by the address in lower case; an address without account is absent. */
    Map<String, Standing> standingOf(Collection<String> emails);

    /** An account: whether its password is chosen (the invitation answered), enabled, and its last sign-in. */
    record Standing(boolean passwordSet, boolean enabled, @Nullable Instant lastSignInAt) {
    }
}
