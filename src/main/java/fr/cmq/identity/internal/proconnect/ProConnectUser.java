package fr.cmq.identity.internal.proconnect;

import java.util.List;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import fr.cmq.identity.CmqUser;

/** An agent signed in with ProConnect, with the account it was linked to. */
final class ProConnectUser extends DefaultOidcUser {

    private final transient CmqUser account;

    ProConnectUser(CmqUser account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(), idToken, userInfo, "email");
        this.account = account;
    }

    CmqUser account() {
        return account;
    }
}
