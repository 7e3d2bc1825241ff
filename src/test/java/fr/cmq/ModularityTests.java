package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CmqApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicFaces() {
        modules.verify();
    }

    /** The architecture tests take their list from here: it must hold every module, the newest included. */
    @Test
    void everyTopLevelPackageIsAModule() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .contains("fr.cmq.campus", "fr.cmq.directory", "fr.cmq.identity", "fr.cmq.labelling", "fr.cmq.portal",
                        "fr.cmq.shared", "fr.cmq.steering", "fr.cmq.territory", "fr.cmq.training", "fr.cmq.workspace");
    }
}
