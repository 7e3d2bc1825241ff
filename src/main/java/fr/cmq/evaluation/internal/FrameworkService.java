package fr.cmq.evaluation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.evaluation.FactKind;
import fr.cmq.evaluation.Framework;
import fr.cmq.evaluation.Framework.Domain;
import fr.cmq.evaluation.Framework.Field;
import fr.cmq.evaluation.Framework.Reference;
import fr.cmq.evaluation.Frameworks;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.steering.CampusIndicators;
import fr.cmq.steering.Indicator;

/** Loads the versions of the référentiel, whole or not at all, and reads one back in two queries. */
@Service
@Transactional
@RequiredArgsConstructor
class FrameworkService implements Frameworks {

    private static final int MAX_TITLE = 300;

    private final JdbcClient jdbc;
    private final Guard guard;
    private final AuditTrail auditTrail;
    private final CampusIndicators indicators;

    @Override
    public FrameworkLoad load(CmqUser admin, String version, String title, byte[] csv) {
        guard.requireNationalAdministration(admin);
        String named = PlainText.blankToNull(version);
        if (named == null || !named.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new InvalidFieldException("version",
                    "La version : 40 caractères au plus, lettres, chiffres, point, tiret ou souligné");
        }
        String titled = PlainText.blankToNull(title);
        if (titled == null || titled.length() > MAX_TITLE || PlainText.hasLineBreak(titled)
                || PlainText.hasControlCharacters(titled)) {
            throw new InvalidFieldException("title", "Le titre du référentiel, sur une ligne, 300 caractères au plus");
        }
        var known = indicators.catalogue().stream().map(Indicator::code).collect(Collectors.toSet());
        var read = FrameworkFile.read(csv, known);
        if (!read.refused().isEmpty()) {
            return new FrameworkLoad(null, 0, read.refused());
        }
        boolean exists = jdbc.sql("select exists (select 1 from framework where version = :version)")
                .param("version", named).query(Boolean.class).single();
        if (exists) {
            throw new RuleViolationException("rule.framework.exists", named);
        }
        long id = jdbc.sql("insert into framework (version, title, loaded_by) values (:version, :title, :by) returning id")
                .param("version", named).param("title", titled).param("by", admin.email()).query(Long.class).single();
        int references = insert(id, read.domains());
        auditTrail.record("REFERENTIEL_CHARGE", "referentiel", id, Map.of("version", named, "references", references));
        return new FrameworkLoad(id, references, List.of());
    }

    private int insert(long id, List<Domain> domains) {
        int position = 0;
        for (Domain domain : domains) {
            jdbc.sql("insert into framework_domain (framework_id, number, title) values (:id, :number, :title)")
                    .param("id", id).param("number", domain.number()).param("title", domain.title()).update();
            for (Field field : domain.fields()) {
                jdbc.sql("insert into framework_field (framework_id, code, domain_number, title)"
                                + " values (:id, :code, :domain, :title)")
                        .param("id", id).param("code", field.code()).param("domain", domain.number())
                        .param("title", field.title()).update();
                for (Reference reference : field.references()) {
                    jdbc.sql("insert into framework_reference (framework_id, code, field_code, position, title,"
                                    + " criteria, expected_level, evidence_examples, indicator_codes, fact_kinds)"
                                    + " values (:id, :code, :field, :position, :title, :criteria, :expected,"
                                    + " :evidence, :indicators, :facts)")
                            .param("id", id).param("code", reference.code()).param("field", field.code())
                            .param("position", position++).param("title", reference.title())
                            .param("criteria", reference.criteria()).param("expected", reference.expectedLevel())
                            .param("evidence", reference.evidenceExamples())
                            .param("indicators", reference.indicators().toArray(String[]::new))
                            .param("facts", reference.facts().stream().map(Enum::name).toArray(String[]::new))
                            .update();
                }
            }
        }
        return position;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Summary> all() {
        return jdbc.sql("select f.id, f.version, f.title, f.loaded_at, f.loaded_by, (select count(*)"
                        + " from framework_reference r where r.framework_id = f.id) as references_count"
                        + " from framework f order by f.loaded_at desc, f.id desc")
                .query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("version"), rs.getString("title"),
                        rs.getInt("references_count"), rs.getTimestamp("loaded_at").toInstant(),
                        rs.getString("loaded_by")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Framework framework(long id) {
        return read(id).orElseThrow(() -> new NotFoundException("Référentiel " + id + " introuvable"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Framework> latest() {
        return jdbc.sql("select id from framework order by loaded_at desc, id desc limit 1").query(Long.class)
                .optional().flatMap(this::read);
    }

    /** The version with its domains, champs and références, in one query. */
    private Optional<Framework> read(long id) {
        var header = jdbc.sql("select id, version, title, loaded_at from framework where id = :id").param("id", id)
                .query((rs, n) -> new Framework(rs.getLong("id"), rs.getString("version"), rs.getString("title"),
                        rs.getTimestamp("loaded_at").toInstant(), List.of()))
                .optional();
        if (header.isEmpty()) {
            return header;
        }
        var domains = new LinkedHashMap<Integer, String>();
        var fields = new LinkedHashMap<String, String>();
        var references = new LinkedHashMap<String, List<Reference>>();
        jdbc.sql("select d.number, d.title as domain_title, f.code as field_code, f.title as field_title, r.code,"
                        + " r.title, r.criteria, r.expected_level, r.evidence_examples, r.indicator_codes, r.fact_kinds"
                        + " from framework_reference r"
                        + " join framework_field f on f.framework_id = r.framework_id and f.code = r.field_code"
                        + " join framework_domain d on d.framework_id = f.framework_id and d.number = f.domain_number"
                        + " where r.framework_id = :id order by r.position")
                .param("id", id).query((RowCallbackHandler) rs -> {
                    domains.putIfAbsent(rs.getInt("number"), rs.getString("domain_title"));
                    fields.putIfAbsent(rs.getString("field_code"), rs.getString("field_title"));
                    references.computeIfAbsent(rs.getString("field_code"), code -> new ArrayList<>())
                            .add(reference(rs));
                });
        var shaped = domains.entrySet().stream().map(domain -> new Domain(domain.getKey(), domain.getValue(),
                fields.entrySet().stream().filter(field -> field.getKey().startsWith(domain.getKey() + "."))
                        .map(field -> new Field(field.getKey(), field.getValue(), references.get(field.getKey())))
                        .toList()))
                .toList();
        var framework = header.get();
        return Optional.of(new Framework(framework.id(), framework.version(), framework.title(), framework.loadedAt(),
                shaped));
    }

    private static Reference reference(ResultSet rs) throws SQLException {
        return new Reference(rs.getString("code"), rs.getString("title"), rs.getString("criteria"),
                rs.getString("expected_level"), rs.getString("evidence_examples"), strings(rs.getArray("indicator_codes")),
                strings(rs.getArray("fact_kinds")).stream().map(FactKind::valueOf).toList());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }
}
