package fr.cmq.labelling.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.identity.AuditTrail;
import fr.cmq.identity.CmqUser;
import fr.cmq.identity.Guard;
import fr.cmq.labelling.Criterion;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.LabelCampaigns;
import fr.cmq.labelling.NewCampaign;
import fr.cmq.shared.InvalidFieldException;
import fr.cmq.shared.PlainText;
import fr.cmq.shared.RuleViolationException;

/** Keeps the grids and the campaigns by SQL: written once by the administration, never edited concurrently. */
@Service
@Transactional
@RequiredArgsConstructor
class CampaignService implements LabelCampaigns {

    private final AuditTrail auditTrail;
    private final JdbcClient jdbc;
    private final Guard guard;

    @Override
    public long loadGrid(CmqUser admin, String version, String title, List<Criterion> criteria) {
        guard.requireNationalAdministration(admin);
        String named = PlainText.blankToNull(version);
        if (named == null || named.length() > 40) {
            throw new InvalidFieldException("version", "La version de la grille, 40 caractères au plus");
        }
        if (PlainText.blankToNull(title) == null) {
            throw new InvalidFieldException("title", "Le titre de la grille");
        }
        if (criteria.isEmpty()) {
            throw new InvalidFieldException("criteria", "Au moins un critère");
        }
        var codes = new HashSet<String>();
        for (Criterion criterion : criteria) {
            if (!criterion.code().matches("[A-Z0-9_]{1,20}") || !codes.add(criterion.code())) {
                throw new InvalidFieldException("criteria", "Code de critère invalide ou en double : " + criterion.code());
            }
            if (PlainText.blankToNull(criterion.title()) == null) {
                throw new InvalidFieldException("criteria", "Le critère " + criterion.code() + " n’a pas de titre");
            }
        }
        boolean exists = jdbc.sql("select exists (select 1 from criteria_grid where version = :version)")
                .param("version", named).query(Boolean.class).single();
        if (exists) {
            throw new RuleViolationException("rule.grid.exists", named);
        }
        long id = jdbc.sql("insert into criteria_grid (version, title, loaded_by) values (:version, :title, :by)"
                        + " returning id")
                .param("version", named).param("title", title.strip()).param("by", admin.email())
                .query(Long.class).single();
        int position = 0;
        for (Criterion criterion : criteria) {
            jdbc.sql("insert into grid_criterion (grid_id, code, position, title, guidance, excellence, attachments)"
                            + " values (:grid, :code, :position, :title, :guidance, :excellence, :attachments)")
                    .param("grid", id).param("code", criterion.code()).param("position", ++position)
                    .param("title", criterion.title().strip()).param("guidance", PlainText.blankToNull(criterion.guidance()))
                    .param("excellence", PlainText.blankToNull(criterion.excellence()))
                    .param("attachments", PlainText.blankToNull(criterion.attachments())).update();
        }
        auditTrail.record("GRILLE_CRITERES", "criteria_grid", id, Map.of("version", named, "criteres", criteria.size()));
        return id;
    }

    @Override
    public GridLoad loadGrid(CmqUser admin, String version, String title, byte[] csv) {
        guard.requireNationalAdministration(admin);
        var read = CriteriaFile.read(csv);
        if (!read.refused().isEmpty()) {
            return new GridLoad(null, 0, read.refused());
        }
        return new GridLoad(loadGrid(admin, version, title, read.criteria()), read.criteria().size(), List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Grid> grids() {
        return jdbc.sql("select g.id, g.version, g.title, g.loaded_at, (select count(*) from grid_criterion c"
                        + " where c.grid_id = g.id) as criteria from criteria_grid g order by g.loaded_at desc, g.id desc")
                .query((rs, n) -> new Grid(rs.getLong("id"), rs.getString("version"), rs.getString("title"),
                        rs.getInt("criteria"), rs.getTimestamp("loaded_at").toInstant()))
                .list();
    }

    @Override
    public long openCampaign(CmqUser admin, NewCampaign campaign) {
        guard.requireNationalAdministration(admin);
        String title = PlainText.blankToNull(campaign.title());
        if (title == null || title.length() > 300) {
            throw new InvalidFieldException("title", "Le titre de la campagne, 300 caractères au plus");
        }
        if (campaign.kinds().isEmpty()) {
            throw new InvalidFieldException("kinds", "Au moins une nature de dossier");
        }
        Long grid = campaign.gridVersion() == null ? null
                : jdbc.sql("select id from criteria_grid where version = :version").param("version", campaign.gridVersion())
                        .query(Long.class).optional().orElse(null);
        if (grid == null) {
            throw new InvalidFieldException("gridVersion", "Une version de grille chargée");
        }
        var dates = new java.time.LocalDate[] { campaign.opensOn(), campaign.depositDeadline(), campaign.avisDeadline(),
                campaign.reviewDeadline(), campaign.decisionDate() };
        var fields = new String[] { "opensOn", "depositDeadline", "avisDeadline", "reviewDeadline", "decisionDate" };
        // the order the table's constraint holds: opening before the deposit deadline, then each date on or after the last
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                throw new InvalidFieldException(fields[i], "Date requise");
            }
            if (i > 0 && (i == 1 ? !dates[i].isAfter(dates[i - 1]) : dates[i].isBefore(dates[i - 1]))) {
                throw new InvalidFieldException(fields[i], "Le calendrier va de l’ouverture à la décision, dans l’ordre");
            }
        }
        long id = jdbc.sql("insert into campaign (title, kinds, grid_id, opens_on, deposit_deadline, avis_deadline,"
                        + " review_deadline, decision_date, created_by) values (:title, :kinds, :grid, :opens, :deposit,"
                        + " :avis, :review, :decision, :by) returning id")
                .param("title", title)
                .param("kinds", new LinkedHashSet<>(campaign.kinds()).stream().map(DossierKind::name).toArray(String[]::new))
                .param("grid", grid).param("opens", dates[0]).param("deposit", dates[1]).param("avis", dates[2])
                .param("review", dates[3]).param("decision", dates[4]).param("by", admin.email())
                .query(Long.class).single();
        auditTrail.record("OUVERTURE_CAMPAGNE", "campaign", id, Map.of("campagne", title));
        return id;
    }
}
