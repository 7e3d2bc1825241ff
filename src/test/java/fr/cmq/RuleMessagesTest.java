package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A refused change names its rule by a message code, which the API and the pages turn into French: every code thrown
 * as a literal is in {@code messages.properties} (a sentence thrown as a code would answer the API with a 500).
 */
class RuleMessagesTest {

    private static final Pattern THROWN = Pattern.compile("new RuleViolationException\\(\\s*\"([^\"]*)\"");

    @Test
    void everyRuleThrownHasItsMessage() throws IOException {
        var messages = AuditLabelsTest.messages();
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/cmq"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                THROWN.matcher(Files.readString(file)).results().map(match -> match.group(1))
                        .filter(code -> !messages.containsKey(code))
                        .forEach(code -> missing.add(code + " (" + file.getFileName() + ")"));
            }
        }
        assertThat(missing).as("rules thrown without a message").isEmpty();
    }
}
