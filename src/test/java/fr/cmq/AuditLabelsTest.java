package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every action the audit trail records is named in French on the campus's history page ({@code audit.<ACTION>}):
 * checked on the upper-case literals of the classes that write the trail.
 */
class AuditLabelsTest {

    private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z_]{3,})\"");
    /** Upper-case literals of those classes that are not actions: an establishment type, a register's name. */
    private static final Set<String> NOT_ACTIONS = Set.of("EREA", "RNCP");

    @Test
    void everyRecordedActionHasItsFrenchLabel() throws IOException {
        var messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/cmq"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("auditTrail.record(")) {
                    continue;
                }
                ACTION.matcher(source).results().map(match -> match.group(1))
                        .filter(action -> !NOT_ACTIONS.contains(action))
                        .filter(action -> !messages.containsKey("audit." + action))
                        .forEach(action -> missing.add(action + " (" + file.getFileName() + ")"));
            }
        }
        assertThat(missing).as("actions of the audit trail without a label audit.<ACTION>").isEmpty();
    }
}
