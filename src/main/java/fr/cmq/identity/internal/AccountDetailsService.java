package fr.cmq.identity.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.shared.PlainText;

@Service
@RequiredArgsConstructor
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        if (email.length() > PlainText.MAX_EMAIL_LENGTH || PlainText.hasControlCharacters(email)) {
            throw new UsernameNotFoundException("Aucun compte pour cette adresse");
        }
        return accounts.findWithRolesByEmail(email.strip())
                .map(UserAccount::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("Aucun compte pour cette adresse"));
    }
}
