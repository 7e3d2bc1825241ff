package fr.cmq.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import fr.cmq.identity.Role;

/** Every text of the screens comes from messages.properties (French), and every message a template names exists. */
class TemplateMessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern IGNORED_BLOCKS = Pattern.compile("(?s)<!--.*?-->|<script.*?</script>|<style.*?</style>");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("\\s(alt|title|aria-label|placeholder|label)=\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern JAVA_MESSAGE_CODE =
            Pattern.compile("reject(?:Value)?\\([^;]*?\"([a-z][A-Za-z0-9_.]+)\"\\)|message = \"\\{([^}]+)}\""
                    + "|RuleViolationException\\(\\s*\"([a-z][A-Za-z0-9_.\\-]+)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = IGNORED_BLOCKS.matcher(Files.readString(template)).replaceAll("");
            TEXT_NODE.matcher(html).results()
                    .map(match -> match.group(1).strip())
                    .filter(text -> !text.startsWith("[[") && !text.startsWith("[("))
                    .forEach(text -> problems.add(TEMPLATES.relativize(template) + ": text « " + text + " »"));
            LITERAL_ATTRIBUTE.matcher(html).results()
                    .forEach(match -> problems.add(TEMPLATES.relativize(template) + ": attribute "
                            + match.group(1) + "=\"" + match.group(2) + "\""));
        }
        assertThat(problems).as("texts to move to messages.properties").isEmpty();
    }

    @Test
    void everyMessageATemplateNamesExists() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            MESSAGE_KEY.matcher(Files.readString(template)).results()
                    .map(match -> match.group(1))
                    .filter(key -> !messages.containsKey(key))
                    .forEach(key -> missing.add(TEMPLATES.relativize(template) + ": " + key));
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageTheJavaCodeNamesExists() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                JAVA_MESSAGE_CODE.matcher(Files.readString(source)).results()
                        .map(match -> match.group(1) != null ? match.group(1)
                                : match.group(2) != null ? match.group(2) : match.group(3))
                        .filter(code -> !messages.containsKey(code))
                        .forEach(code -> missing.add(source.getFileName() + ": " + code));
            }
        }
        assertThat(missing).isEmpty();
    }

    /** In a message with arguments, MessageFormat reads a lone apostrophe as a quote and drops it. */
    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        Properties messages = messages();
        assertThat(messages.stringPropertyNames().stream().sorted()
                .filter(key -> messages.getProperty(key).matches("(?s).*\\{\\d.*"))
                .filter(key -> messages.getProperty(key).replace("''", "").contains("'")))
                .isEmpty();
        assertThat(messages.stringPropertyNames().stream().sorted()
                .filter(key -> !messages.getProperty(key).matches("(?s).*\\{\\d.*"))
                .filter(key -> messages.getProperty(key).contains("''")))
                .as("without arguments, an apostrophe is shown as written").isEmpty();
    }

    @Test
    void everyRoleHasAFrenchName() throws IOException {
        Properties messages = messages();
        assertThat(Stream.of(Role.values()).map(role -> "role." + role.name()))
                .allMatch(messages::containsKey);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties messages() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
