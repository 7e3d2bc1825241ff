package fr.cmq.labelling.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusDetails;
import fr.cmq.campus.CampusDirectory;
import fr.cmq.campus.CampusStatus;
import fr.cmq.campus.Category;
import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CampusAccess;
import fr.cmq.identity.CampusScope;
import fr.cmq.identity.Role;
import fr.cmq.identity.CampusAction;
import fr.cmq.identity.CmqUser;
import fr.cmq.labelling.Answer;
import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.Criterion;
import fr.cmq.labelling.Decision;
import fr.cmq.labelling.Dossier;
import fr.cmq.labelling.DossierFilter;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.DossierLine;
import fr.cmq.labelling.DossierState;
import fr.cmq.labelling.DossierSummary;
import fr.cmq.labelling.ExpertCollege;
import fr.cmq.labelling.Fact;
import fr.cmq.labelling.LabelDossiers;
import fr.cmq.labelling.NextStep;
import fr.cmq.labelling.Notification;
import fr.cmq.labelling.Opinion;
import fr.cmq.labelling.OpinionBody;
import fr.cmq.labelling.PreviousLabel;
import fr.cmq.labelling.Review;
import fr.cmq.labelling.Step;
import fr.cmq.labelling.StepDetails;
import fr.cmq.labelling.Transition;
import fr.cmq.labelling.Verdict;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.NotFoundException;
import fr.cmq.shared.PageResponse;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;
import fr.cmq.shared.documents.AcceptedTypes;
import fr.cmq.shared.documents.Documents;
import fr.cmq.shared.documents.StoredDocument;
import fr.cmq.shared.documents.Upload;
import fr.cmq.shared.mail.MailDelivery;

/**
 * Keeps the dossiers: the transitions through their entity (state and version), their answers, avis and timeline by
 * SQL; a dossier is read in a fixed number of queries, a list in two.
 */
@Service
@Transactional
class DossierService implements LabelDossiers {

    private static final String AUDITED = "dossier";
    private static final int MAX_TEXT = 20_000;
    private static final int MAX_PIECES = 10;
    private static final String PAST_DECISION = "Arrêté antérieur à la plateforme, repris par l’administration";

    /** How many criteria of the dossier on {@code d} have an answer that says something, as {@link Answer#complete()}. */
    private static final String ANSWERED = "(select count(*) from dossier_answer a where a.dossier_id = d.id"
            + " and (coalesce(a.text, '') <> '' or cardinality(a.facts) > 0 or exists (select 1 from dossier_attachment p"
            + " where p.dossier_id = a.dossier_id and p.criterion_code = a.criterion_code)))";

    /** A dossier on {@code d} and its campaign on {@code c} behind the campaign's calendar, as of {@code :today}. */
    private static final String LATE = "(case when d.state in ('BROUILLON', 'RENVOYE')"
            + " then coalesce(d.deadline_extended_to, c.deposit_deadline) < :today"
            + " when d.state in ('DEPOSE', 'COSIGNE') then c.avis_deadline < :today"
            + " when d.state in ('AVIS_RECUEILLIS', 'EN_EXPERTISE') then c.review_deadline < :today else false end)";

    private final DossierRepository dossiers;
    private final TransitionRules rules;
    private final CampusDirectory campuses;
    private final CampusAccess access;
    private final AuditTrail auditTrail;
    private final Documents documents;
    private final JdbcClient jdbc;
    private final Clock clock;

    DossierService(DossierRepository dossiers, TransitionRules rules, CampusDirectory campuses, CampusAccess access,
            AuditTrail auditTrail, Documents documents, JdbcClient jdbc, Clock clock) {
        this.documents = documents;
        this.dossiers = dossiers;
        this.rules = rules;
        this.campuses = campuses;
        this.access = access;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Campaign> campaigns() {
        return jdbc.sql("select c.*, g.version as grid_version from campaign c join criteria_grid g on g.id = c.grid_id"
                        + " order by c.opens_on desc, c.id desc")
                .query((rs, n) -> campaign(rs, "id")).list();
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<DossierSummary> dossiers(CmqUser viewer, DossierFilter filter, int page, int size) {
        var params = new HashMap<String, Object>();
        String where = where(viewer, filter, params);
        params.put("limit", size);
        params.put("offset", PageResponse.offset(page, size));
        var total = new long[1];
        var rows = jdbc.sql("select d.id, d.campus_id, ca.name as campus_name, c.title as campaign, d.kind, d.state,"
                        + " " + LATE + " as late,"
                        + " count(*) over () as total from dossier d join campaign c on c.id = d.campaign_id"
                        + " join campus ca on ca.id = d.campus_id" + where
                        + " order by c.opens_on desc, d.id desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new DossierSummary(rs.getLong("id"),
                            new DossierSummary.CampusRef(rs.getLong("campus_id"), rs.getString("campus_name")),
                            rs.getString("campaign"), DossierKind.valueOf(rs.getString("kind")),
                            DossierState.valueOf(rs.getString("state")), rs.getBoolean("late"));
                }).list();
        if (rows.isEmpty() && page > 0) {
            total[0] = jdbc.sql("select count(*) from dossier d join campaign c on c.id = d.campaign_id"
                            + " join campus ca on ca.id = d.campus_id" + where)
                    .params(params).query(Long.class).single();
        }
        return PageResponse.of(rows, page, size, total[0]);
    }

    /** The {@code where} of the dossiers this user may see, by the list's filter. */
    private String where(CmqUser viewer, DossierFilter filter, Map<String, Object> params) {
        var where = new StringBuilder(" where (").append(visibleTo(viewer, params)).append(")");
        if (filter.campaignId() != null) {
            where.append(" and d.campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        }
        if (filter.state() != null) {
            where.append(" and d.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.regionCode() != null) {
            where.append(" and ca.region_code = :regionCode");
            params.put("regionCode", filter.regionCode());
        }
        if (filter.academieCode() != null) {
            where.append(" and exists (select 1 from campus_academie y where y.campus_id = ca.id"
                    + " and y.academie_code = :academieCode)");
            params.put("academieCode", filter.academieCode());
        }
        if (filter.filiereCode() != null) {
            where.append(" and ca.filiere_code = :filiereCode");
            params.put("filiereCode", filter.filiereCode());
        }
        if (filter.late()) {
            where.append(" and ").append(LATE);
        }
        params.put("today", LocalDate.now(clock));
        return where.toString();
    }

    /** The SQL condition on {@code d} (dossier) and {@code ca} (campus) of the dossiers this user may see. */
    private String visibleTo(CmqUser viewer, Map<String, Object> params) {
        var readable = access.readableBy(viewer);
        if (readable.everywhere()) {
            return "true";
        }
        var conditions = new ArrayList<String>();
        // an expert sees its dossiers listed, but exported (with their signatures and avis) once it declared no conflict
        conditions.add("exists (select 1 from expert_assignment a join expert e on e.id = a.expert_id"
                + " where a.dossier_id = d.id and lower(e.email) = lower(:viewer)"
                + " and (a.no_conflict_declared_at is not null or :sealedListed))");
        params.put("viewer", viewer.email());
        params.putIfAbsent("sealedListed", true);
        if (!readable.campusIds().isEmpty()) {
            conditions.add("ca.id in (:campuses)");
            params.put("campuses", readable.campusIds());
        }
        if (!readable.regionCodes().isEmpty()) {
            conditions.add("ca.region_code in (:regions)");
            params.put("regions", readable.regionCodes());
        }
        if (!readable.academieCodes().isEmpty()) {
            conditions.add("exists (select 1 from campus_academie x where x.campus_id = ca.id"
                    + " and x.academie_code in (:academies))");
            params.put("academies", readable.academieCodes());
        }
        return String.join(" or ", conditions);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DossierLine> export(CmqUser viewer, DossierFilter filter) {
        var params = new HashMap<String, Object>();
        params.put("sealedListed", false);
        String where = where(viewer, filter, params);
        return jdbc.sql("select d.id, ca.name as campus, ca.region_code, c.title as campaign, d.kind, d.state,"
                        + " coalesce(d.deadline_extended_to, c.deposit_deadline) as deadline, d.signed_by,"
                        + " d.academie_cosigned_by, d.region_cosigned_by, d.granted, d.category, d.duration_years, d.nor,"
                        + " d.updated_at,"
                        + " array_to_string(array(select x.academie_code from campus_academie x"
                        + "   where x.campus_id = ca.id order by 1), ', ') as academies,"
                        + " (select count(*) from grid_criterion g where g.grid_id = c.grid_id) as criteria,"
                        + " " + ANSWERED + " as answered,"
                        + " (select o.verdict from dossier_opinion o where o.dossier_id = d.id and o.body = 'CAEN') as caen,"
                        + " (select o.verdict from dossier_opinion o where o.dossier_id = d.id and o.body = 'CREFOP')"
                        + "   as crefop,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id) as experts,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id"
                        + "   and a.submitted_at is not null) as reports"
                        + " from dossier d join campaign c on c.id = d.campaign_id join campus ca on ca.id = d.campus_id"
                        + where + " order by c.opens_on desc, ca.name, d.id limit 10000")
                .params(params)
                .query((rs, n) -> new DossierLine(rs.getLong("id"), rs.getString("campus"), rs.getString("region_code"),
                        rs.getString("academies"), rs.getString("campaign"), DossierKind.valueOf(rs.getString("kind")),
                        DossierState.valueOf(rs.getString("state")), rs.getInt("answered"), rs.getInt("criteria"),
                        rs.getObject("deadline", LocalDate.class), rs.getString("signed_by"),
                        rs.getString("academie_cosigned_by"), rs.getString("region_cosigned_by"),
                        rs.getString("caen") == null ? null : Verdict.valueOf(rs.getString("caen")),
                        rs.getString("crefop") == null ? null : Verdict.valueOf(rs.getString("crefop")),
                        rs.getInt("experts"), rs.getInt("reports"), rs.getObject("granted", Boolean.class),
                        rs.getString("category") == null ? null : Category.valueOf(rs.getString("category")),
                        rs.getObject("duration_years", Integer.class), rs.getString("nor"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NextStep> nextSteps(CmqUser user) {
        var params = new HashMap<String, Object>();
        String visible = visibleTo(user, params);
        params.put("viewer", user.email());
        var steps = new ArrayList<NextStep>();
        jdbc.sql("select d.id, d.state, d.academie_cosigned_by, d.region_cosigned_by, ca.id as campus_id,"
                        + " ca.name as campus_name, ca.region_code,"
                        + " coalesce(d.deadline_extended_to, c.deposit_deadline) as deadline, c.review_deadline,"
                        + " array(select x.academie_code from campus_academie x where x.campus_id = ca.id) as academies,"
                        + " (select count(*) from grid_criterion g where g.grid_id = c.grid_id)"
                        + "   - " + ANSWERED + " as unanswered,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id) as experts,"
                        + " (select count(*) from expert_assignment a where a.dossier_id = d.id"
                        + "   and a.submitted_at is null) as reports_missing,"
                        + " (select a.submitted_at is null from expert_assignment a join expert e on e.id = a.expert_id"
                        + "   where a.dossier_id = d.id and lower(e.email) = lower(:viewer)) as own_review_pending"
                        + " from dossier d join campaign c on c.id = d.campaign_id join campus ca on ca.id = d.campus_id"
                        + " where d.state not in ('DECIDE', 'RETIRE') and (" + visible + ") order by d.id")
                .params(params)
                .query((rs, n) -> {
                    var state = DossierState.valueOf(rs.getString("state"));
                    var scope = new CampusScope(rs.getLong("campus_id"), Set.of((String[]) rs.getArray("academies")
                            .getArray()), rs.getString("region_code"));
                    var kind = nextStep(user, state, scope, rs.getInt("unanswered"), rs.getInt("experts"),
                            rs.getInt("reports_missing"), rs.getObject("own_review_pending", Boolean.class),
                            rs.getString("academie_cosigned_by") == null, rs.getString("region_cosigned_by") == null);
                    if (kind.isPresent()) {
                        var due = rs.getObject(kind.get() == NextStep.Kind.REVIEW ? "review_deadline" : "deadline",
                                LocalDate.class);
                        steps.add(new NextStep(kind.get(), rs.getLong("id"), rs.getString("campus_name"), state, due,
                                rs.getInt("unanswered")));
                    }
                    return n;
                }).list();
        return steps;
    }

    private Optional<NextStep.Kind> nextStep(CmqUser user, DossierState state, CampusScope campus, int unanswered,
            int experts, int reportsMissing, @Nullable Boolean ownReviewPending, boolean academieUnsigned,
            boolean regionUnsigned) {
        return Optional.ofNullable(switch (state) {
            case BROUILLON, RENVOYE -> unanswered > 0
                    ? (access.holds(user, Role.DIRECTEUR_OPERATIONNEL, campus) ? NextStep.Kind.COMPLETE : null)
                    : (rules.mayFire(user, Transition.DEPOSIT, campus) ? NextStep.Kind.DEPOSIT : null);
            case DEPOSE -> (academieUnsigned && access.holds(user, Role.PILOTE_ACADEMIQUE, campus))
                    || (regionUnsigned && access.holds(user, Role.PILOTE_REGIONAL, campus)) ? NextStep.Kind.COSIGN : null;
            case COSIGNE -> rules.mayFire(user, Transition.RECORD_OPINION, campus) ? NextStep.Kind.OPINIONS : null;
            case AVIS_RECUEILLIS -> rules.mayFire(user, Transition.START_REVIEW, campus) ? NextStep.Kind.EXPERTS : null;
            case EN_EXPERTISE -> Boolean.TRUE.equals(ownReviewPending) ? NextStep.Kind.REVIEW
                    : experts > 0 && reportsMissing == 0 && rules.mayFire(user, Transition.DECIDE, campus)
                            ? NextStep.Kind.DECIDE : null;
            case DECIDE, RETIRE -> null;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Dossier dossier(CmqUser viewer, long dossierId) {
        var entity = dossiers.findById(dossierId).orElseThrow(() -> notFound(dossierId));
        var campus = campus(entity.getCampusId());
        var assignment = assignedExpert(viewer, dossierId);
        boolean expert = assignment.isPresent();
        boolean reader = access.may(viewer, CampusAction.READ_PRIVATE, campus.scope());
        if (!reader && !expert) {
            throw new AccessDeniedException("Dossier " + dossierId + " : hors de votre périmètre");
        }
        var row = jdbc.sql("select d.*, c.title, c.kinds, c.opens_on, c.deposit_deadline, c.avis_deadline,"
                        + " c.review_deadline, c.decision_date, c.grid_id, g.version as grid_version"
                        + " from dossier d join campaign c on c.id = d.campaign_id"
                        + " join criteria_grid g on g.id = c.grid_id where d.id = :id")
                .param("id", dossierId).query((rs, n) -> new DossierRow(rs, campaign(rs, "campaign_id"))).single();
        // an expert reads the dossier once it has declared no conflict of interest with the campus: until then, the
        // criteria only, and the page says why the rest is hidden
        boolean mayReadAnswers = reader || assignment.map(Assignment::declared).orElse(false);
        boolean sealed = !mayReadAnswers;
        var answers = answers(dossierId, row.gridId(), mayReadAnswers);
        var decided = entity.getState() == DossierState.DECIDE;
        var reviews = viewer.isNationalAdministrator() || decided ? reviews(dossierId, null)
                : expert ? reviews(dossierId, viewer.email()) : List.<Review>of();
        var allowed = DossierEntity.from(entity.getState()).stream()
                .filter(t -> rules.mayFire(viewer, t, campus.scope()))
                .filter(t -> t != Transition.COSIGN || rules.sideOf(viewer, campus.scope(), entity)
                        .map(side -> entity.cosignedBy(side) == null).orElse(false))
                .map(Transition::apiName).toList();
        return new Dossier(dossierId, new DossierSummary.CampusRef(campus.id(), campus.name()), row.campaign(),
                entity.getKind(), entity.getState(), sealed ? null : previousLabel(entity, campus), answers,
                (int) answers.stream().filter(Answer::complete).count(),
                row.deadlineExtendedTo() != null ? row.deadlineExtendedTo() : row.campaign().depositDeadline(),
                sealed ? null : row.signedBy(), sealed ? null : row.academieCosignedBy(),
                sealed ? null : row.regionCosignedBy(), sealed ? null : row.sentBackReason(),
                sealed ? null : row.withdrawnReason(), sealed ? List.of() : opinions(dossierId), reviews,
                expert ? reviews(dossierId, viewer.email()).stream().findFirst().orElse(null) : null,
                sealed ? null : row.decision(), sealed ? List.of() : timeline(dossierId),
                reader ? notifications(dossierId) : List.of(), allowed,
                entity.getVersion(), row.updatedAt(), sealed);
    }

    @Override
    public long open(CmqUser actor, long campaignId, long campusId, DossierKind kind) {
        var campus = campus(campusId);
        access.check(actor, CampusAction.EDIT, campus.scope());
        var campaign = campaign(campaignId);
        if (!campaign.open()) {
            throw new RuleViolationException("rule.campaign.closed", campaign.title());
        }
        joinable(campaign, campus, kind);
        if (kind == DossierKind.CREATION && campus.status() != CampusStatus.PROJET) {
            throw new RuleViolationException("rule.dossier.creation-labelled", campus.name());
        }
        if (kind != DossierKind.CREATION && campus.labelEnd() == null) {
            throw new RuleViolationException("rule.dossier.needs-label", campus.name());
        }
        var dossier = new DossierEntity(campaignId, campusId, kind,
                kind == DossierKind.RENOUVELLEMENT ? campus.labelEnd() : null);
        dossiers.saveAndFlush(dossier);
        auditTrail.record("OUVERTURE_DOSSIER", AUDITED, dossier.getId(), Map.of("campus", campus.name(),
                "campagne", campaign.title(), "nature", kind.name()));
        return dossier.getId();
    }

    @Override
    public long recordPastDecision(CmqUser admin, long campaignId, @Nullable Long campusId,
            @Nullable DossierKind kind, @Nullable Decision decision) {
        if (!admin.isNationalAdministrator()) {
            throw new AccessDeniedException("Les arrêtés antérieurs se reprennent par l'administration nationale");
        }
        if (campusId == null) {
            throw new InvalidFieldException("campusId", "Le campus du dossier");
        }
        if (kind == null) {
            throw new InvalidFieldException("kind", "La nature du dossier");
        }
        if (decision == null) {
            throw new InvalidFieldException("granted", "Label accordé ou refusé");
        }
        var campus = campus(campusId);
        var campaign = campaign(campaignId);
        if (!LocalDate.now(clock).isAfter(campaign.depositDeadline())) {
            throw new RuleViolationException("rule.campaign.not-closed", campaign.title());
        }
        joinable(campaign, campus, kind);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var dossier = DossierEntity.decidedBefore(campaignId, campusId, kind, decision, LocalDate.now(clock),
                admin.email(), now);
        dossiers.saveAndFlush(dossier);
        step(dossier.getId(), Transition.DECIDE, DossierState.BROUILLON, DossierState.DECIDE, admin, PAST_DECISION, now);
        auditTrail.record("REPRISE_ARRETE", AUDITED, dossier.getId(), Map.of("campus", campus.name(),
                "campagne", campaign.title(), "nor", String.valueOf(decision.nor())));
        return dossier.getId();
    }

    @Override
    public long answer(CmqUser actor, long dossierId, long version, String criterionCode, @Nullable String text,
            List<Fact> facts) {
        String answer = PlainText.blankToNull(text);
        if (answer != null && answer.length() > MAX_TEXT) {
            throw new InvalidFieldException("text", MAX_TEXT + " caractères au plus");
        }
        var dossier = answering(actor, dossierId, version, criterionCode);
        jdbc.sql("insert into dossier_answer (dossier_id, criterion_code, text, facts, updated_by)"
                        + " values (:dossier, :code, :text, :facts, :by) on conflict (dossier_id, criterion_code)"
                        + " do update set text = excluded.text, facts = excluded.facts, updated_by = excluded.updated_by,"
                        + " updated_at = now()")
                .param("dossier", dossierId).param("code", criterionCode).param("text", answer)
                .param("facts", new LinkedHashSet<>(facts).stream().map(Fact::name).toArray(String[]::new))
                .param("by", actor.email()).update();
        return dossier.getVersion();
    }

    @Override
    public long attach(CmqUser actor, long dossierId, long version, String criterionCode, @Nullable Upload piece) {
        var dossier = answering(actor, dossierId, version, criterionCode);
        if (piece == null) {
            throw new InvalidFieldException("file", "Choisissez un fichier.");
        }
        int attached = jdbc.sql("select count(*) from dossier_attachment where dossier_id = :dossier"
                        + " and criterion_code = :code")
                .param("dossier", dossierId).param("code", criterionCode).query(Integer.class).single();
        if (attached >= MAX_PIECES) {
            throw new RuleViolationException("rule.dossier.pieces", MAX_PIECES);
        }
        var document = documents.add(piece.filename(), piece.content(), AcceptedTypes.OFFICE_DOCUMENTS, actor.email());
        jdbc.sql("insert into dossier_answer (dossier_id, criterion_code, updated_by) values (:dossier, :code, :by)"
                        + " on conflict (dossier_id, criterion_code) do update set updated_by = excluded.updated_by,"
                        + " updated_at = now()")
                .param("dossier", dossierId).param("code", criterionCode).param("by", actor.email()).update();
        jdbc.sql("insert into dossier_attachment (dossier_id, criterion_code, document_id) values (:dossier, :code, :doc)")
                .param("dossier", dossierId).param("code", criterionCode).param("doc", document.id()).update();
        auditTrail.record("PIECE_DOSSIER_AJOUTEE", AUDITED, dossierId, Map.of("critere", criterionCode,
                "fichier", document.filename(), "sha256", document.sha256()));
        return dossier.getVersion();
    }

    @Override
    public long detach(CmqUser actor, long dossierId, long version, String criterionCode, long documentId) {
        var dossier = answering(actor, dossierId, version, criterionCode);
        int removed = jdbc.sql("delete from dossier_attachment where dossier_id = :dossier and criterion_code = :code"
                        + " and document_id = :doc")
                .param("dossier", dossierId).param("code", criterionCode).param("doc", documentId).update();
        if (removed == 0) {
            throw new NotFoundException("Pas de pièce " + documentId + " au critère " + criterionCode);
        }
        auditTrail.record("PIECE_DOSSIER_RETIREE", AUDITED, dossierId, Map.of("critere", criterionCode,
                "document", String.valueOf(documentId)));
        return dossier.getVersion();
    }

    @Override
    @Transactional(readOnly = true)
    public StoredDocument piece(CmqUser viewer, long dossierId, long documentId) {
        var dossier = dossiers.findById(dossierId).orElseThrow(() -> notFound(dossierId));
        var campus = campus(dossier.getCampusId());
        boolean reader = access.may(viewer, CampusAction.READ_PRIVATE, campus.scope());
        if (!reader && !assignedExpert(viewer, dossierId).map(Assignment::declared).orElse(false)) {
            throw new AccessDeniedException("Dossier " + dossierId + " : hors de votre périmètre");
        }
        boolean attached = jdbc.sql("select exists (select 1 from dossier_attachment where dossier_id = :dossier"
                        + " and document_id = :doc)")
                .param("dossier", dossierId).param("doc", documentId).query(Boolean.class).single();
        return (attached ? documents.find(documentId) : Optional.<StoredDocument>empty())
                .orElseThrow(() -> new NotFoundException("Pas de pièce " + documentId + " au dossier " + dossierId));
    }

    /** A line of the dossier's timeline. */
    private void step(long dossierId, Transition transition, DossierState from, DossierState to, CmqUser actor,
            @Nullable String reason, Instant at) {
        jdbc.sql("insert into dossier_step (dossier_id, name, from_state, to_state, actor, reason, at)"
                        + " values (:dossier, :name, :from, :to, :actor, :reason, :at)")
                .param("dossier", dossierId).param("name", transition.name()).param("from", from.name())
                .param("to", to.name()).param("actor", actor.displayName())
                .param("reason", PlainText.blankToNull(reason)).param("at", Timestamp.from(at)).update();
    }

    private Campaign campaign(long campaignId) {
        return campaigns().stream().filter(c -> c.id() == campaignId).findFirst()
                .orElseThrow(() -> new NotFoundException("Campagne " + campaignId + " introuvable"));
    }

    /** The campaign takes this kind of dossier and has none yet for this campus. */
    private void joinable(Campaign campaign, CampusDetails campus, DossierKind kind) {
        if (!campaign.kinds().contains(kind)) {
            throw new RuleViolationException("rule.campaign.kind", campaign.title(),
                    new DefaultMessageSourceResolvable("dossierkind." + kind));
        }
        boolean exists = jdbc.sql("select exists (select 1 from dossier where campaign_id = :campaign"
                        + " and campus_id = :campus)")
                .param("campaign", campaign.id()).param("campus", campus.id()).query(Boolean.class).single();
        if (exists) {
            throw new RuleViolationException("rule.dossier.exists", campus.name(), campaign.title());
        }
    }

    /**
     * The dossier whose answer to {@code criterionCode} the actor changes, touched so that the version moves: its
     * campus team only, at the version the actor saw, a criterion of its grid, while it may still be written.
     */
    private DossierEntity answering(CmqUser actor, long dossierId, long version, String criterionCode) {
        var dossier = dossiers.findById(dossierId).orElseThrow(() -> notFound(dossierId));
        var campus = campus(dossier.getCampusId());
        if (!access.may(actor, CampusAction.EDIT, campus.scope())) {
            throw new AccessDeniedException("Dossier " + dossierId + " : son campus seulement");
        }
        if (dossier.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DossierEntity.class, dossierId);
        }
        boolean known = jdbc.sql("select exists (select 1 from grid_criterion g join campaign c on c.grid_id = g.grid_id"
                        + " where c.id = :campaign and g.code = :code)")
                .param("campaign", dossier.getCampaignId()).param("code", criterionCode).query(Boolean.class).single();
        if (!known) {
            throw new InvalidFieldException("criterion", "Ce critère n’est pas dans la grille de la campagne");
        }
        dossier.answered(actor.email(), clock.instant());
        dossiers.saveAndFlush(dossier);
        return dossier;
    }

    @Override
    public void extendDeadline(CmqUser admin, long dossierId, @Nullable LocalDate until) {
        if (!admin.isNationalAdministrator()) {
            throw new AccessDeniedException("Dossier " + dossierId + " : la prolongation revient à l'administration");
        }
        var dossier = dossiers.findById(dossierId).orElseThrow(() -> notFound(dossierId));
        if (until == null || until.isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("until", "Une date d’aujourd’hui ou après");
        }
        dossier.extendDeadline(until, admin.email(), clock.instant());
        dossiers.saveAndFlush(dossier);
        auditTrail.record("PROLONGATION_DEPOT", AUDITED, dossierId, Map.of("jusqu_au", until.toString()));
    }

    @Override
    public void fire(CmqUser actor, long dossierId, Transition transition, StepDetails details) {
        var dossier = dossiers.findById(dossierId).orElseThrow(() -> notFound(dossierId));
        var campus = campus(dossier.getCampusId());
        if (!rules.mayFire(actor, transition, campus.scope())) {
            throw new AccessDeniedException("Dossier " + dossierId + " : « " + transition.apiName()
                    + " » ne vous revient pas");
        }
        var from = dossier.getState();
        // the step's instant as the database keeps it, so that its event names the same step
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var today = LocalDate.now(clock);
        String by = actor.email();
        String reason = null;
        switch (transition) {
            case DEPOSIT -> {
                int criteria = jdbc.sql("select count(*) from grid_criterion g join campaign c on c.grid_id = g.grid_id"
                                + " where c.id = :campaign").param("campaign", dossier.getCampaignId())
                        .query(Integer.class).single();
                int answered = jdbc.sql("select " + ANSWERED + " from dossier d where d.id = :id")
                        .param("id", dossierId).query(Integer.class).single();
                var deadline = jdbc.sql("select deposit_deadline from campaign where id = :id")
                        .param("id", dossier.getCampaignId()).query(LocalDate.class).single();
                dossier.deposit(criteria - answered, today, deadline, by, now);
            }
            case COSIGN -> dossier.cosign(rules.sideOf(actor, campus.scope(), dossier).orElseThrow(), by, now);
            case SEND_BACK -> {
                dossier.sendBack(details.reason(), by, now);
                reason = details.reason();
            }
            case RECORD_OPINION -> recordOpinion(dossier, details, by, now, today);
            case START_REVIEW -> dossier.startReview(jdbc.sql("select count(*) from expert_assignment"
                    + " where dossier_id = :id").param("id", dossierId).query(Integer.class).single(), by, now);
            case DECIDE -> {
                if (details.decision() == null) {
                    throw new InvalidFieldException("granted", "La décision de l’arrêté");
                }
                int missing = jdbc.sql("select count(*) from expert_assignment where dossier_id = :id"
                        + " and submitted_at is null").param("id", dossierId).query(Integer.class).single();
                dossier.decide(details.decision(), missing, today, by, now);
            }
            case WITHDRAW -> {
                dossier.withdraw(details.reason(), by, now);
                reason = details.reason();
            }
        }
        dossiers.saveAndFlush(dossier);
        step(dossierId, transition, from, dossier.getState(), actor, reason, now);
        auditTrail.record("ETAPE_DOSSIER", AUDITED, dossierId, Map.of("etape", transition.apiName(),
                "de", from.name(), "vers", dossier.getState().name(), "campus", campus.name()));
    }

    private void recordOpinion(DossierEntity dossier, StepDetails details, String by, Instant now,
            LocalDate today) {
        if (details.body() == null) {
            throw new InvalidFieldException("body", "L’instance qui rend l’avis : CAEN ou CREFOP");
        }
        if (details.verdict() == null) {
            throw new InvalidFieldException("verdict", "L’avis : favorable, réservé ou défavorable");
        }
        if (details.givenOn() == null || details.givenOn().isAfter(today) || details.givenOn().getYear() < 2000) {
            throw new InvalidFieldException("givenOn", "La date de l’avis, aujourd’hui ou avant");
        }
        String text = PlainText.blankToNull(details.text());
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidFieldException("text", MAX_TEXT + " caractères au plus");
        }
        var given = EnumSet.noneOf(OpinionBody.class);
        jdbc.sql("select body from dossier_opinion where dossier_id = :id").param("id", dossier.getId())
                .query(String.class).list().forEach(body -> given.add(OpinionBody.valueOf(body)));
        given.add(details.body());
        dossier.recordOpinion(given, by, now);
        jdbc.sql("insert into dossier_opinion (dossier_id, body, verdict, given_on, text, recorded_by)"
                        + " values (:dossier, :body, :verdict, :on, :text, :by) on conflict (dossier_id, body) do update"
                        + " set verdict = excluded.verdict, given_on = excluded.given_on, text = excluded.text,"
                        + " recorded_by = excluded.recorded_by, recorded_at = now()")
                .param("dossier", dossier.getId()).param("body", details.body().name())
                .param("verdict", details.verdict().name()).param("on", details.givenOn()).param("text", text)
                .param("by", by).update();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayAnswer(CmqUser user, long dossierId) {
        return dossiers.findById(dossierId).filter(d -> d.getState().editable())
                .flatMap(d -> campuses.scope(d.getCampusId()))
                .map(scope -> access.may(user, CampusAction.EDIT, scope)).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayOpen(CmqUser user, long campusId) {
        return campuses.scope(campusId).map(scope -> access.may(user, CampusAction.EDIT, scope)).orElse(false);
    }

    private record Assignment(long expertId, boolean declared) {
    }

    private Optional<Assignment> assignedExpert(CmqUser user, long dossierId) {
        if (!access.isExpert(user)) {
            return Optional.empty();
        }
        return jdbc.sql("select e.id, a.no_conflict_declared_at is not null as declared from expert_assignment a"
                        + " join expert e on e.id = a.expert_id where a.dossier_id = :dossier"
                        + " and lower(e.email) = lower(:email)")
                .param("dossier", dossierId).param("email", user.email())
                .query((rs, n) -> new Assignment(rs.getLong("id"), rs.getBoolean("declared"))).optional();
    }

    /** Every criterion of the grid with its answer; the criteria alone when the reader may not read the answers yet. */
    private List<Answer> answers(long dossierId, long gridId, boolean withTheirAnswers) {
        var given = new HashMap<String, Answer>();
        var criteria = jdbc.sql("select code, title, guidance, excellence, attachments from grid_criterion"
                        + " where grid_id = :grid order by position, code")
                .param("grid", gridId)
                .query((rs, n) -> new Criterion(rs.getString("code"), rs.getString("title"), rs.getString("guidance"),
                        rs.getString("excellence"), rs.getString("attachments")))
                .list();
        var byCode = criteria.stream().collect(Collectors.toMap(Criterion::code, c -> c));
        var attached = jdbc.sql("select criterion_code, document_id from dossier_attachment where dossier_id = :id"
                        + " and :answers order by document_id")
                .param("id", dossierId).param("answers", withTheirAnswers)
                .query((rs, n) -> Map.entry(rs.getString("criterion_code"), rs.getLong("document_id"))).list();
        var stored = documents.find(attached.stream().map(Map.Entry::getValue).toList());
        var pieces = new HashMap<String, List<StoredDocument>>();
        attached.forEach(piece -> pieces.computeIfAbsent(piece.getKey(), c -> new ArrayList<>())
                .add(stored.get(piece.getValue())));
        jdbc.sql("select criterion_code, text, facts from dossier_answer where dossier_id = :id and :answers")
                .param("id", dossierId).param("answers", withTheirAnswers)
                .query((rs, n) -> {
                    var criterion = byCode.get(rs.getString("criterion_code"));
                    if (criterion != null) {
                        given.put(criterion.code(), new Answer(criterion, rs.getString("text"),
                                facts(rs.getArray("facts")), pieces.getOrDefault(criterion.code(), List.of())));
                    }
                    return n;
                }).list();
        return criteria.stream()
                .map(c -> given.getOrDefault(c.code(), new Answer(c, null, List.of(), List.of()))).toList();
    }

    private List<Opinion> opinions(long dossierId) {
        return jdbc.sql("select body, verdict, given_on, text, document_id, recorded_by from dossier_opinion"
                        + " where dossier_id = :id order by body")
                .param("id", dossierId)
                .query((rs, n) -> new Opinion(OpinionBody.valueOf(rs.getString("body")),
                        Verdict.valueOf(rs.getString("verdict")), rs.getObject("given_on", LocalDate.class),
                        rs.getString("text"), rs.getObject("document_id", Long.class), rs.getString("recorded_by")))
                .list();
    }

    private List<Review> reviews(long dossierId, @Nullable String onlyOf) {
        var scores = new HashMap<Long, Map<String, Review.Score>>();
        jdbc.sql("select expert_id, criterion_code, score, comment from expert_score where dossier_id = :id")
                .param("id", dossierId)
                .query((rs, n) -> scores.computeIfAbsent(rs.getLong("expert_id"), id -> new TreeMap<>())
                        .put(rs.getString("criterion_code"), new Review.Score(rs.getInt("score"), rs.getString("comment"))))
                .list();
        return jdbc.sql("select e.id, e.email, e.name, e.college, a.no_conflict_declared_at, a.report, a.submitted_at"
                        + " from expert_assignment a join expert e on e.id = a.expert_id where a.dossier_id = :id"
                        + " and (cast(:only as text) is null or lower(e.email) = lower(:only)) order by e.name")
                .param("id", dossierId).param("only", onlyOf)
                .query((rs, n) -> new Review(rs.getLong("id"), rs.getString("name"),
                        ExpertCollege.valueOf(rs.getString("college")),
                        instant(rs, "no_conflict_declared_at"), scores.getOrDefault(rs.getLong("id"), Map.of()),
                        rs.getString("report"), instant(rs, "submitted_at")))
                .list();
    }

    private List<Step> timeline(long dossierId) {
        return jdbc.sql("select name, from_state, to_state, actor, reason, at from dossier_step where dossier_id = :id"
                        + " order by at, id")
                .param("id", dossierId)
                .query((rs, n) -> new Step(Transition.valueOf(rs.getString("name")),
                        DossierState.valueOf(rs.getString("from_state")), DossierState.valueOf(rs.getString("to_state")),
                        rs.getString("actor"), rs.getString("reason"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    private List<Notification> notifications(long dossierId) {
        return jdbc.sql("select name, recipient, subject, delivery, sent_at from dossier_notification"
                        + " where dossier_id = :id order by sent_at, id")
                .param("id", dossierId)
                .query((rs, n) -> new Notification(rs.getString("name"), rs.getString("recipient"),
                        rs.getString("subject"), MailDelivery.SENT.name().equals(rs.getString("delivery")),
                        rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static List<Fact> facts(@Nullable Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(value -> Fact.valueOf((String) value)).toList();
    }

    private Campaign campaign(ResultSet rs, String idColumn) throws SQLException {
        var today = LocalDate.now(clock);
        var opens = rs.getObject("opens_on", LocalDate.class);
        var deadline = rs.getObject("deposit_deadline", LocalDate.class);
        return new Campaign(rs.getLong(idColumn), rs.getString("title"),
                Arrays.stream((Object[]) rs.getArray("kinds").getArray()).map(k -> DossierKind.valueOf((String) k)).toList(),
                rs.getString("grid_version"), opens, deadline, rs.getObject("avis_deadline", LocalDate.class),
                rs.getObject("review_deadline", LocalDate.class), rs.getObject("decision_date", LocalDate.class),
                !today.isBefore(opens) && !today.isAfter(deadline));
    }

    /** The dossier's own columns that the entity does not expose. */
    private record DossierRow(Campaign campaign, long gridId, @Nullable LocalDate deadlineExtendedTo,
            @Nullable String signedBy, @Nullable String academieCosignedBy, @Nullable String regionCosignedBy,
            @Nullable String sentBackReason, @Nullable String withdrawnReason, @Nullable Decision decision,
            Instant updatedAt) {

        DossierRow(ResultSet rs, Campaign campaign) throws SQLException {
            this(campaign, rs.getLong("grid_id"), rs.getObject("deadline_extended_to", LocalDate.class),
                    rs.getString("signed_by"), rs.getString("academie_cosigned_by"), rs.getString("region_cosigned_by"),
                    rs.getString("sent_back_reason"), rs.getString("withdrawn_reason"), decision(rs),
                    rs.getTimestamp("updated_at").toInstant());
        }

        private static @Nullable Decision decision(ResultSet rs) throws SQLException {
            var granted = rs.getObject("granted", Boolean.class);
            if (granted == null) {
                return null;
            }
            String category = rs.getString("category");
            return new Decision(granted, category == null ? null : Category.valueOf(category),
                    rs.getObject("duration_years", Integer.class), rs.getObject("label_start", LocalDate.class),
                    rs.getString("nor"), rs.getObject("decided_on", LocalDate.class), rs.getString("ministries"));
        }
    }

    /** The label a renewal renews: from the dossier that granted it, else from the campus, else its end alone. */
    private @Nullable PreviousLabel previousLabel(DossierEntity dossier, CampusDetails campus) {
        var end = dossier.getPreviousLabelEnd();
        if (end == null) {
            return null;
        }
        return jdbc.sql("select id, label_start, nor from dossier where campus_id = :campus and id <> :id and granted"
                        + " and (label_start + make_interval(years => duration_years))::date - 1 = :end"
                        + " order by decided_on desc limit 1")
                .param("campus", dossier.getCampusId()).param("id", dossier.getId()).param("end", end)
                .query((rs, n) -> new PreviousLabel(end, rs.getObject("label_start", LocalDate.class),
                        rs.getString("nor"), rs.getLong("id")))
                .optional()
                .orElseGet(() -> end.equals(campus.labelEnd())
                        ? new PreviousLabel(end, campus.labelStart(), campus.labelNor(), null)
                        : new PreviousLabel(end, null, null, null));
    }

    private CampusDetails campus(long campusId) {
        return campuses.find(campusId).orElseThrow(() -> new NotFoundException("Campus " + campusId + " introuvable"));
    }

    private static NotFoundException notFound(long dossierId) {
        return new NotFoundException("Dossier " + dossierId + " introuvable");
    }
}
