package fr.cmq.identity.accounts;

import org.jspecify.annotations.Nullable;

import fr.cmq.identity.Role;

/**
 * The filters of the accounts' list: words of the name or address, a role, a campus, an académie (its pilots and its
 * campuses' people), active or disabled, and the accounts not signed in for six months (or never).
 */
public record AccountSearch(@Nullable String q, @Nullable Role role, @Nullable Long campus,
        @Nullable String academie, @Nullable Boolean active, boolean dormant, Sort sort) {

    public enum Sort {
        NOM, ADRESSE, CONNEXION
    }

    public static AccountSearch all() {
        return new AccountSearch(null, null, null, null, null, false, Sort.NOM);
    }
}
