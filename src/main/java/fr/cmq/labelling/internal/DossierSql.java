package fr.cmq.labelling.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.cmq.labelling.Answer;
import fr.cmq.labelling.Campaign;
import fr.cmq.labelling.DossierKind;
import fr.cmq.labelling.Fact;

/** The SQL the dossier's readers and writers share: what counts as answered, what is late, how a campaign is read. */
final class DossierSql {

    /** How many criteria of the dossier on {@code d} have an answer that says something, as {@link Answer#complete()}. */
    static final String ANSWERED = "(select count(*) from dossier_answer a where a.dossier_id = d.id"
            + " and (coalesce(a.text, '') <> '' or cardinality(a.facts) > 0 or exists (select 1 from dossier_attachment p"
            + " where p.dossier_id = a.dossier_id and p.criterion_code = a.criterion_code)))";

    /** A dossier on {@code d} and its campaign on {@code c} behind the campaign's calendar, as of {@code :today}. */
    static final String LATE = "(case when d.state in ('BROUILLON', 'RENVOYE')"
            + " then coalesce(d.deadline_extended_to, c.deposit_deadline) < :today"
            + " when d.state in ('DEPOSE', 'COSIGNE') then c.avis_deadline < :today"
            + " when d.state in ('AVIS_RECUEILLIS', 'EN_EXPERTISE') then c.review_deadline < :today else false end)";

    /** The campaigns with their grid's version, the newest first. */
    static final String CAMPAIGNS = "select c.*, g.version as grid_version from campaign c"
            + " join criteria_grid g on g.id = c.grid_id order by c.opens_on desc, c.id desc";

    private DossierSql() {
    }

    /** A campaign from a row of {@code campaign} joined to its grid's {@code grid_version}; open as of {@code today}. */
    static Campaign campaign(ResultSet rs, String idColumn, LocalDate today) throws SQLException {
        var opens = rs.getObject("opens_on", LocalDate.class);
        var deadline = rs.getObject("deposit_deadline", LocalDate.class);
        return new Campaign(rs.getLong(idColumn), rs.getString("title"),
                Arrays.stream((Object[]) rs.getArray("kinds").getArray()).map(k -> DossierKind.valueOf((String) k)).toList(),
                rs.getString("grid_version"), opens, deadline, rs.getObject("avis_deadline", LocalDate.class),
                rs.getObject("review_deadline", LocalDate.class), rs.getObject("decision_date", LocalDate.class),
                !today.isBefore(opens) && !today.isAfter(deadline));
    }

    static List<Fact> facts(@Nullable Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(value -> Fact.valueOf((String) value)).toList();
    }
}
