package fr.cmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each table belongs to one module (the one whose migration created it), and only that module writes it. Another
 * module may read a table only where named below: the reference data it shows by name (a filière's label, a région's
 * name), joined in the same query rather than asked for row by row. Checked on the SQL written in each module's code.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/fr/cmq");
    private static final List<String> MODULES = ApplicationModules.of(CmqApplication.class).stream()
            .map(module -> module.getBasePackage().getName().substring("fr.cmq.".length())).toList();

    private static final Map<String, Set<String>> OWNED = Map.of(
            "identity", Set.of("user_account", "role_assignment", "audit_event", "one_time_link", "api_token", "account_session", "sign_in_failure",
                    "spring_session", "spring_session_attributes"),
            "territory", Set.of("region", "region_academique", "academie", "departement"),
            "directory", Set.of("filiere", "establishment", "certification", "company", "commune"),
            "campus", Set.of("campus", "campus_academie", "campus_departement", "campus_objective", "campus_member",
                    "campus_site", "campus_instance", "instance_seat", "instance_meeting", "regional_committee",
                    "committee_representative", "committee_meeting"),
            "training", Set.of("formation", "formation_search", "formation_word_count", "parcours", "parcours_step",
                    "passerelle"),
            "steering", Set.of("strategic_objective", "campus_action", "campus_action_member", "action_note",
                    "campus_budget", "budget_line", "budget_amendment", "contribution", "campus_event",
                    "campus_event_member", "campus_diagnostic", "indicator", "campus_indicator",
                    "indicator_target", "indicator_measure", "indicator_year_latest", "campus_action_indicator", "dashboard_publication"),
            "labelling", Set.of("criteria_grid", "grid_criterion", "campaign", "dossier", "dossier_answer",
                    "dossier_attachment", "dossier_opinion", "dossier_step", "expert", "expert_assignment",
                    "expert_score", "dossier_notification", "label_reminder"),
            "evaluation", Set.of("framework", "framework_domain", "framework_field", "framework_reference",
                    "self_assessment", "self_assessment_answer", "campus_maturity", "campus_maturity_step",
                    "external_evaluation", "external_evaluation_expert", "external_evaluation_answer",
                    "external_evaluation_domain", "evaluation_recommendation", "network_survey",
                    "network_survey_response", "network_survey_answer", "self_assessment_document"),
            "shared", Set.of("import_run", "import_rejection", "document", "event_publication", "shedlock", "signature"));

    /** Reads allowed outside the owner: reference data shown by name, never written. */
    private static final Map<String, Set<String>> READS = Map.of(
            "campus", Set.of("filiere", "region", "region_academique", "academie", "departement", "commune"),
            "directory", Set.of("academie", "region", "departement", "region_academique"),
            // the public search of formations filters and places them by their campus and member (ADR 0006), and a
            // town by the communes of its département (ADR 0015)
            "training", Set.of("campus", "campus_member", "campus_site", "campus_academie", "campus_departement",
                    "filiere", "region", "commune"),
            // the public agenda filters events by their campus's filière and région, and names places and members
            "steering", Set.of("campus", "campus_site", "campus_member"),
            // the lists of dossiers are scoped by their campus's académies and région, and name their campus
            "labelling", Set.of("campus", "campus_academie"),
            // an expert's list of external evaluations names their campus; a pilot's list of campuses below the level
            // required at mid-label is scoped by their label's dates, région and académies
            "evaluation", Set.of("campus", "campus_academie"));

    private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?)\\s+([a-z_]+)", Pattern.CASE_INSENSITIVE);

    @Test
    void aModuleWritesOnlyItsTablesAndReadsOthersOnlyWhereSaid() throws IOException {
        var tables = OWNED.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        var found = new ArrayList<String>();
        // every module the application has, one without tables included: a new module is checked from its first line
        for (String module : MODULES) {
            var owned = OWNED.getOrDefault(module, Set.of());
            for (Path file : javaFiles(SOURCES.resolve(module))) {
                String code = Files.readString(file);
                for (String table : matches(WRITE, code)) {
                    if (tables.contains(table) && !owned.contains(table)) {
                        found.add(file + " writes " + table);
                    }
                }
                for (String table : matches(READ, code)) {
                    if (tables.contains(table) && !owned.contains(table)
                            && !READS.getOrDefault(module, Set.of()).contains(table)) {
                        found.add(file + " reads " + table);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        var owned = OWNED.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        var created = new ArrayList<String>();
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path migration : migrations.toList()) {
                created.addAll(matches(Pattern.compile("create table ([a-z_]+)"), Files.readString(migration)));
            }
        }
        // a table a later migration creates again is counted once
        assertThat(owned).containsExactlyInAnyOrderElementsOf(Set.copyOf(created));
    }

    private static List<String> matches(Pattern pattern, String code) {
        return pattern.matcher(code).results().map(match -> match.group(1).toLowerCase()).toList();
    }

    private static List<Path> javaFiles(Path module) throws IOException {
        try (Stream<Path> files = Files.walk(module)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList();
        }
    }
}
