package fr.cmq.evaluation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import fr.cmq.evaluation.FactKind;
import fr.cmq.evaluation.Framework.Domain;
import fr.cmq.evaluation.Framework.Field;
import fr.cmq.evaluation.Framework.Reference;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.importing.Rejection;
import fr.cmq.shared.importing.RejectedFileException;
import fr.cmq.shared.importing.SmallCsvFile;

/**
 * A référentiel in a CSV file, one référence per line with its champ and its domain: every line is checked and each
 * refused one said with its number and reason, so that the file is corrected once; the seven domains must all be there.
 */
final class FrameworkFile {

    static final int MAX_REFERENCES = 500;
    static final int DOMAINS = 7;
    private static final int MAX_TEXT = 4000;
    private static final List<String> REQUIRED = List.of("domaine", "titre_domaine", "champ", "titre_champ",
            "reference", "titre", "criteres", "niveau_attendu");
    private static final String COLUMNS = String.join(", ", REQUIRED) + ", preuves, indicateurs, faits";

    /** The domains read, in order, or the lines refused. */
    record Read(List<Domain> domains, List<Rejection> refused) {
    }

    /** What earlier lines said of a domain or a champ, and where, to hold later lines to it. */
    private record Said(String title, long line) {
    }

    private FrameworkFile() {
    }

    static Read read(byte[] content, Set<String> knownIndicators) {
        List<SmallCsvFile.Line> lines;
        try {
            lines = SmallCsvFile.read(content, REQUIRED, COLUMNS);
        } catch (RejectedFileException e) {
            return refused(1, e.getMessage());
        }
        if (lines.size() > MAX_REFERENCES) {
            return refused(1, MAX_REFERENCES + " références au plus");
        }
        var domains = new HashMap<Integer, Said>();
        var fields = new HashMap<String, Said>();
        var references = new HashMap<String, Long>();
        var byField = new LinkedHashMap<String, List<Reference>>();
        var refused = new ArrayList<Rejection>();
        for (var line : lines) {
            var checked = new LineCheck(line, knownIndicators);
            String reason = checked.reason();
            if (reason == null) {
                reason = consistency(checked, domains, fields, references);
            }
            if (reason != null) {
                refused.add(new Rejection(line.number(), reason));
                continue;
            }
            domains.putIfAbsent(checked.domain(), new Said(checked.domainTitle(), line.number()));
            fields.putIfAbsent(checked.field(), new Said(checked.fieldTitle(), line.number()));
            references.put(checked.code(), line.number());
            byField.computeIfAbsent(checked.field(), code -> new ArrayList<>()).add(checked.reference());
        }
        if (refused.isEmpty() && lines.isEmpty()) {
            return refused(1, "Aucune référence dans le fichier");
        }
        if (refused.isEmpty()) {
            var missing = IntStream.range(0, DOMAINS).filter(n -> !domains.containsKey(n)).boxed().toList();
            if (!missing.isEmpty()) {
                return refused(1, "Domaines absents : " + missing.stream().map(String::valueOf)
                        .reduce((a, b) -> a + ", " + b).orElseThrow() + " (le référentiel en compte sept, de 0 à 6)");
            }
        }
        return refused.isEmpty() ? new Read(assemble(domains, fields, byField), List.of()) : new Read(List.of(), refused);
    }

    private static @Nullable String consistency(LineCheck line, Map<Integer, Said> domains, Map<String, Said> fields,
            Map<String, Long> references) {
        Said domain = domains.get(line.domain());
        if (domain != null && !domain.title().equals(line.domainTitle())) {
            return "Le titre du domaine " + line.domain() + " diffère de celui de la ligne " + domain.line();
        }
        Said field = fields.get(line.field());
        if (field != null && !field.title().equals(line.fieldTitle())) {
            return "Le titre du champ " + line.field() + " diffère de celui de la ligne " + field.line();
        }
        Long earlier = references.get(line.code());
        return earlier == null ? null : "Référence " + line.code() + " déjà donnée ligne " + earlier;
    }

    private static List<Domain> assemble(Map<Integer, Said> domains, Map<String, Said> fields,
            Map<String, List<Reference>> byField) {
        return new TreeSet<>(domains.keySet()).stream().map(number -> new Domain(number, domains.get(number).title(),
                byField.keySet().stream().filter(code -> code.startsWith(number + "."))
                        .sorted(FrameworkFile::byNumbers)
                        .map(code -> new Field(code, fields.get(code).title(), byField.get(code).stream()
                                .sorted((a, b) -> byNumbers(a.code(), b.code())).toList()))
                        .toList()))
                .toList();
    }

    /** {@code 1.2} before {@code 1.10}: codes compared number by number. */
    static int byNumbers(String a, String b) {
        int[] left = Arrays.stream(a.split("\\.")).mapToInt(Integer::parseInt).toArray();
        int[] right = Arrays.stream(b.split("\\.")).mapToInt(Integer::parseInt).toArray();
        return Arrays.compare(left, right);
    }

    private static Read refused(long line, String reason) {
        return new Read(List.of(), List.of(new Rejection(line, reason)));
    }

    /** One line's own checks, in the order a person corrects them. */
    private static final class LineCheck {

        private final SmallCsvFile.Line line;
        private final Set<String> knownIndicators;
        private int domain;
        private @Nullable Reference reference;

        LineCheck(SmallCsvFile.Line line, Set<String> knownIndicators) {
            this.line = line;
            this.knownIndicators = knownIndicators;
        }

        @Nullable String reason() {
            String number = text("domaine");
            if (number == null || !number.matches("[0-6]")) {
                return "Le domaine est un chiffre de 0 à 6";
            }
            domain = Integer.parseInt(number);
            String field = text("champ");
            if (field == null || !field.matches(domain + "\\.[1-9][0-9]?")) {
                return "Le champ s’écrit « " + domain + ".N » dans le domaine " + domain;
            }
            String code = text("reference");
            if (code == null || !code.matches(field.replace(".", "\\.") + "\\.[1-9][0-9]?")) {
                return "La référence s’écrit « " + field + ".N » dans le champ " + field;
            }
            for (String column : REQUIRED) {
                if (text(column) == null) {
                    return "La colonne " + column + " de la référence " + code + " est vide";
                }
            }
            if (line.longerThan(MAX_TEXT)) {
                return "Un texte dépasse " + MAX_TEXT + " caractères";
            }
            if (line.hasControlCharacters()) {
                return "Un texte contient un caractère de contrôle ou un caractère invalide";
            }
            for (String title : List.of("titre_domaine", "titre_champ", "titre")) {
                if (PlainText.hasLineBreak(text(title))) {
                    return "La colonne " + title + " de la référence " + code + " tient sur une ligne";
                }
            }
            var indicators = codes("indicateurs");
            var unknown = indicators.stream().filter(indicator -> !knownIndicators.contains(indicator)).toList();
            if (!unknown.isEmpty()) {
                return "Indicateurs absents du catalogue : " + String.join(", ", unknown);
            }
            var facts = new ArrayList<FactKind>();
            for (String fact : codes("faits")) {
                if (Arrays.stream(FactKind.values()).noneMatch(kind -> kind.name().equals(fact))) {
                    return "Fait inconnu : " + fact + " (connus : " + Arrays.toString(FactKind.values()) + ")";
                }
                facts.add(FactKind.valueOf(fact));
            }
            reference = new Reference(code, given("titre"), given("criteres"), given("niveau_attendu"), text("preuves"),
                    indicators, facts.stream().distinct().toList());
            return null;
        }

        int domain() {
            return domain;
        }

        String domainTitle() {
            return given("titre_domaine");
        }

        String field() {
            return given("champ");
        }

        String fieldTitle() {
            return given("titre_champ");
        }

        String code() {
            return reference().code();
        }

        Reference reference() {
            if (reference == null) {
                throw new IllegalStateException("line not checked");
            }
            return reference;
        }

        private @Nullable String text(String column) {
            return line.field(column);
        }

        private String given(String column) {
            return Objects.requireNonNull(line.field(column), column);
        }

        private List<String> codes(String column) {
            String value = line.field(column);
            return value == null ? List.of() : Arrays.stream(value.split("[|,]")).map(String::strip)
                    .filter(code -> !code.isEmpty()).distinct().toList();
        }
    }
}
