package fr.cmq.identity.internal.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import fr.cmq.identity.Role;

/**
 * The filters of the accounts' list: words of the name or address, a role, a campus, an académie (its pilots and its
 * campuses' people), in use, invited or disabled, and the accounts not signed in for six months (or never).
 */
public record AccountSearch(@Nullable String q, @Nullable Role role, @Nullable Long campus,
        @Nullable String academie, @Nullable State state, boolean dormant, Sort sort) {

    /** Where an account stands: in use, invited and not answered yet, or disabled. */
    public enum State {
        ACTIF, INVITE, DESACTIVE
    }

    public enum Sort {
        NOM, ADRESSE, CONNEXION
    }

    public static AccountSearch all() {
        return new AccountSearch(null, null, null, null, null, false, Sort.NOM);
    }

    /** The list's address with these filters, for its pagination. */
    public String url() {
        var url = UriComponentsBuilder.fromPath("/comptes");
        if (q != null && !q.isBlank()) {
            url.queryParam("q", q);
        }
        if (role != null) {
            url.queryParam("role", role.name());
        }
        if (campus != null) {
            url.queryParam("campus", campus);
        }
        if (academie != null && !academie.isBlank()) {
            url.queryParam("academie", academie);
        }
        if (state != null) {
            url.queryParam("etat", state.name());
        }
        if (dormant) {
            url.queryParam("dormants", true);
        }
        return url.queryParam("tri", sort.name()).encode().build().toUriString();
    }
}
