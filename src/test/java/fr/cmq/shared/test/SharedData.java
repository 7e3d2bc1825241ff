package fr.cmq.shared.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The open-data files of {@code ../shared/data}: optional on a developer's machine, required in CI. */
public final class SharedData {

    private SharedData() {
    }

    public static Path require(String name) {
        Path file = Path.of("../shared/data", name);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(file).as("CI runs with ../shared beside the project").exists();
        } else {
            assumeTrue(Files.exists(file), "../shared/data/" + name + " is absent: the test needs it");
        }
        return file;
    }
}
