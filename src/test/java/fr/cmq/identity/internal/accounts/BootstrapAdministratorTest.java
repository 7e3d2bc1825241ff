package fr.cmq.identity.internal.accounts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BootstrapAdministratorTest {

    @Test
    void aWeakPasswordStopsTheStartWithItsReason() {
        assertThatThrownBy(() -> new BootstrapAdministrator(null, "ouverture@cmq.test", "aaaaaaaaaaaa").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("caractères différents");
        assertThatThrownBy(() -> new BootstrapAdministrator(null, "ouverture@cmq.test", "Motdepasse2026!").run(null))
                .hasMessageContaining("premiers essayés");
        assertThatThrownBy(() -> new BootstrapAdministrator(null, "ouverture@cmq.test", "").run(null))
                .hasMessageContaining("go together");
    }
}
