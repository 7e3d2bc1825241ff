package fr.cmq.identity.internal;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

import fr.cmq.identity.CmqUser;
import fr.cmq.shared.PlainText;

/** Writes sign-ins, failed attempts and sign-outs to the audit trail. */
@Component
@RequiredArgsConstructor
class SignInAuditor {

    private final JdbcAuditTrail auditTrail;
    private final JdbcClient jdbc;

    /** The account's last sign-in is kept without moving its version: its sessions need not read it again. */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof OAuth2AuthenticationToken) {
            return; // ProConnect's answer: the sign-in is the account it stands for, said right after
        }
        auditTrail.recordAs(event.getAuthentication().getName(), "CONNEXION", null, null, Map.of());
        if (event.getAuthentication().getPrincipal() instanceof CmqUser user) {
            jdbc.sql("update user_account set last_sign_in_at = now() where id = :id").param("id", user.id()).update();
        }
    }

    /** The name tried is recorded as typed, but without control characters and no longer than an e-mail can be. */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        auditTrail.recordAs(PlainText.printable(event.getAuthentication().getName(), PlainText.MAX_EMAIL_LENGTH),
                "CONNEXION_REFUSEE", null, null,
                Map.of("raison", event.getException().getClass().getSimpleName()));
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        auditTrail.recordAs(event.getAuthentication().getName(), "DECONNEXION", null, null, Map.of());
    }
}
