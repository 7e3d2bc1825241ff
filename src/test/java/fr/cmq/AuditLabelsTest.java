package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
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
    private static final String RECORD = "auditTrail.record(";
    private static final String MAP = "Map.of(";

    @Test
    void everyRecordedActionHasItsFrenchLabel() throws IOException {
        var messages = messages();
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

    /**
     * Every field of a detail the audit trail records under a code ({@code "creees"}, {@code "jusqu_au"}) is named in
     * French ({@code audit.field.<key>}): read in the {@code Map.of} of each {@code auditTrail.record(…)} call.
     */
    @Test
    void everyRecordedDetailHasItsFrenchName() throws IOException {
        var messages = messages();
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/cmq"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (int at = source.indexOf(RECORD); at >= 0; at = source.indexOf(RECORD, at + 1)) {
                    String call = inside(source, at + RECORD.length() - 1);
                    for (int map = call.indexOf(MAP); map >= 0; map = call.indexOf(MAP, map + 1)) {
                        var arguments = topLevel(inside(call, map + MAP.length() - 1));
                        for (int key = 0; key < arguments.size(); key += 2) {
                            String name = arguments.get(key).replace("\"", "");
                            if (name.matches("[a-z_0-9]+") && !messages.containsKey("audit.field." + name)) {
                                missing.add(name + " (" + file.getFileName() + ")");
                            }
                        }
                    }
                }
            }
        }
        assertThat(missing).as("fields of the audit trail without a name audit.field.<key>").isEmpty();
    }

    static Properties messages() throws IOException {
        var messages = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        return messages;
    }

    /** What stands between the parenthesis at {@code open} and the one that closes it. */
    private static String inside(String source, int open) {
        int[] close = { -1 };
        walk(source, open, (at, depth) -> {
            if (source.charAt(at) == ')' && depth == 0) {
                close[0] = at;
                return false;
            }
            return true;
        });
        return close[0] < 0 ? "" : source.substring(open + 1, close[0]);
    }

    /** The arguments of a call, split on its own commas. */
    private static List<String> topLevel(String arguments) {
        var parts = new ArrayList<String>();
        int[] start = { 0 };
        walk(arguments, 0, (at, depth) -> {
            if (arguments.charAt(at) == ',' && depth == 0) {
                parts.add(arguments.substring(start[0], at).strip());
                start[0] = at + 1;
            }
            return true;
        });
        parts.add(arguments.substring(start[0]).strip());
        return parts;
    }

    /**
     * Visits each character outside string literals with the depth of brackets after it (an opening bracket counts
     * itself, a closing one does not), until the visitor says stop.
     */
    private static void walk(String source, int from, BiPredicate<Integer, Integer> visitor) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (!visitor.test(i, depth)) {
                return;
            }
        }
    }
}
