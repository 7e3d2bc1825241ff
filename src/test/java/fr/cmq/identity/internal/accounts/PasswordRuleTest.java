package fr.cmq.identity.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    @Test
    void refusesShortRepetitiveCommonOrSelfNamedPasswords() {
        assertThat(PasswordRule.refusal("court", "a@cmq.test")).hasValueSatisfying(why -> assertThat(why).contains("12"));
        assertThat(PasswordRule.refusal("aaaaaaaaaaaa", "a@cmq.test")).isPresent();
        assertThat(PasswordRule.refusal("121212121212", "a@cmq.test")).isPresent();
        assertThat(PasswordRule.refusal("AzertyUiop", "a@cmq.test")).as("short anyway").isPresent();
        assertThat(PasswordRule.refusal("Motdepasse123!", "a@cmq.test")).as("common, with digits added").isPresent();
        assertThat(PasswordRule.refusal("azertyuiopqsdf", "a@cmq.test")).isPresent();
        assertThat(PasswordRule.refusal("ouverture-2026-xyz", "ouverture@cmq.test")).as("the address itself").isPresent();
        assertThat(PasswordRule.refusal("é".repeat(37) + "abcd", "a@cmq.test")).as("past bcrypt's 72 bytes").isPresent();
    }

    @Test
    void refusesTheTenThousandPasswordsTriedFirstWhateverTheirLength() {
        assertThat(PasswordRule.refusal("1qaz2wsx3edc", "a@cmq.test")).as("a keyboard walk of the world list").isPresent();
        assertThat(PasswordRule.refusal("QAZWSXEDCRFV", "a@cmq.test")).as("in capitals").isPresent();
        assertThat(PasswordRule.refusal("Mailcreated5240", "a@cmq.test")).isPresent();
    }

    @Test
    void acceptsALongVariedPassword() {
        assertThat(PasswordRule.refusal("un mot de passe solide", "ouverture@cmq.test")).isEmpty();
        assertThat(PasswordRule.refusal("Campus-Demo-2026", "admin@cmq.test")).isEmpty();
    }
}
