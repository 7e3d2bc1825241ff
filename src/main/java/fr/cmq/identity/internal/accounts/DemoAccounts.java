package fr.cmq.identity.internal.accounts;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.cmq.identity.Role;
import fr.cmq.identity.RoleGrant;
import fr.cmq.shared.demo.DemoData;

/**
 * One demonstration account per role (two directors, to show that each sees only their campus), all with the password
 * printed in the README. Campus 1 is the first demonstration campus (Énergie et maintenance, Nancy-Metz), campus 2 the
 * Bois campus; académie 12 is Nancy-Metz and région 44 Grand Est.
 */
@Component
@Order(1)
@RequiredArgsConstructor
class DemoAccounts implements DemoData {

    static final String PASSWORD = "Campus-Demo-2026";
    static final long DEMO_CAMPUS = 1;
    static final long DEMO_ORGANISATION = 1;

    private final AccountRegistry registry;

    @Override
    public void load() {
        create("admin@cmq.test", "Sophie Bernard", RoleGrant.national(Role.ADMIN_NATIONAL));
        create("pilote.grand-est@cmq.test", "Marc Weber", RoleGrant.region(Role.PILOTE_REGIONAL, "44"));
        create("pilote.nancy-metz@cmq.test", "Nathalie Schmitt",
                RoleGrant.academie(Role.PILOTE_ACADEMIQUE, "12"));
        create("do.energie@cmq.test", "Camille Laurent",
                RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, DEMO_CAMPUS));
        create("do.bois@cmq.test", "Julien Perrin",
                RoleGrant.campus(Role.DIRECTEUR_OPERATIONNEL, DEMO_CAMPUS + 1));
        create("chef.support@cmq.test", "Hélène Marchal",
                RoleGrant.campus(Role.CHEF_ETABLISSEMENT_SUPPORT, DEMO_CAMPUS));
        create("contact.membre@cmq.test", "Karim Benali", RoleGrant.organisation(DEMO_CAMPUS, DEMO_ORGANISATION));
        create("expert@cmq.test", "Isabelle Roux", RoleGrant.national(Role.EXPERT));
        create("expert.entreprises@cmq.test", "Paul Durand, expert des entreprises", RoleGrant.national(Role.EXPERT));
    }

    private void create(String email, String displayName, RoleGrant grant) {
        registry.createIfAbsent(email, displayName, PASSWORD, List.of(grant));
    }
}
