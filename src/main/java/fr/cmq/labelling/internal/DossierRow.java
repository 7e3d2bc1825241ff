package fr.cmq.labelling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.cmq.campus.Category;
import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.Decision;

/** The dossier's own columns that the entity does not expose, with its campaign, read for its page. */
record DossierRow(Campaign campaign, long gridId, @Nullable LocalDate deadlineExtendedTo, @Nullable String signedBy,
        @Nullable String academieCosignedBy, @Nullable String regionCosignedBy, @Nullable String sentBackReason,
        @Nullable String withdrawnReason, @Nullable Decision decision, Instant updatedAt) {

    /** The query whose row this reads: the dossier {@code :id} with its campaign and the campaign's grid. */
    static final String QUERY = "select d.*, c.title, c.kinds, c.opens_on, c.deposit_deadline, c.avis_deadline,"
            + " c.review_deadline, c.decision_date, c.grid_id, g.version as grid_version"
            + " from dossier d join campaign c on c.id = d.campaign_id"
            + " join criteria_grid g on g.id = c.grid_id where d.id = :id";

    DossierRow(ResultSet rs, LocalDate today) throws SQLException {
        this(DossierSql.campaign(rs, "campaign_id", today), rs.getLong("grid_id"),
                rs.getObject("deadline_extended_to", LocalDate.class), rs.getString("signed_by"),
                rs.getString("academie_cosigned_by"), rs.getString("region_cosigned_by"),
                rs.getString("sent_back_reason"), rs.getString("withdrawn_reason"), decision(rs),
                rs.getTimestamp("updated_at").toInstant());
    }

    LocalDate deadline() {
        return deadlineExtendedTo != null ? deadlineExtendedTo : campaign.depositDeadline();
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
