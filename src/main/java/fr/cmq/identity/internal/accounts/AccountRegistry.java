package fr.cmq.identity.internal.accounts;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.RoleGrant;

/** Creates accounts, once: an account that exists already is never changed here. */
@Service
@RequiredArgsConstructor
class AccountRegistry {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;

    /** @return whether the account was created (false when one with that e-mail exists) */
    @Transactional
    boolean createIfAbsent(String email, String displayName, String password, List<RoleGrant> grants) {
        if (accounts.existsByEmailIgnoringCase(email)) {
            return false;
        }
        var account = new UserAccount(email, displayName, passwordEncoder.encode(password));
        grants.forEach(account::grant);
        accounts.save(account);
        auditTrail.record("CREATION", "compte", account.id(),
                Map.of("email", email, "roles", grants.stream().map(grant -> grant.role().name()).toList()));
        return true;
    }
}
