package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Mass does not pile up: a class that grows past its size is cut along its use cases, a template into fragments. */
class FileSizeTest {

    private static final int MAX_JAVA_LINES = 300;
    private static final int MAX_TEMPLATE_LINES = 250;

    @Test
    void noClassIsOverThreeHundredLines() throws IOException {
        assertThat(over(Path.of("src/main/java"), ".java", MAX_JAVA_LINES)).isEmpty();
    }

    @Test
    void noTemplateIsOverTwoHundredFiftyLines() throws IOException {
        assertThat(over(Path.of("src/main/resources/templates"), ".html", MAX_TEMPLATE_LINES)).isEmpty();
    }

    private static Stream<String> over(Path root, String suffix, int max) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).filter(file -> lines(file) > max)
                    .map(file -> file + " : " + lines(file) + " lignes").toList().stream();
        }
    }

    private static long lines(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
