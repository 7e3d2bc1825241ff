package fr.cmq.shared.test;

/** The demonstration accounts tests sign in with (see the README). */
public enum DemoAccount {
    ADMIN("admin@cmq.test"),
    PILOTE_REGIONAL("pilote.grand-est@cmq.test"),
    PILOTE_ACADEMIQUE("pilote.nancy-metz@cmq.test"),
    DIRECTEUR("do.energie@cmq.test"),
    DIRECTEUR_BOIS("do.bois@cmq.test"),
    CHEF_ETABLISSEMENT("chef.support@cmq.test"),
    CONTACT_MEMBRE("contact.membre@cmq.test"),
    EXPERT("expert@cmq.test"),
    EXPERT_ENTREPRISES("expert.entreprises@cmq.test");

    public static final String PASSWORD = "Campus-Demo-2026";

    public final String email;

    DemoAccount(String email) {
        this.email = email;
    }
}
