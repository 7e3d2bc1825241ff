package fr.cmq.training.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusSelection;
import fr.cmq.shared.Tally;
import fr.cmq.training.LearnerStatus;
import fr.cmq.training.OfferFigures;

/** {@link OfferFigures} in one pass over the formations of the selection's campuses: by level, and in all. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcOfferFigures implements OfferFigures {

    private final JdbcClient jdbc;

    @Override
    public OfferCounts count(CampusSelection selection) {
        var params = new HashMap<String, Object>();
        var levels = new ArrayList<Tally>();
        var statuses = new ArrayList<Tally>();
        var places = new ArrayList<Tally>();
        long[] total = { 0 };
        jdbc.sql("select grouping(f.level) as everything, f.level, count(*) as formations,"
                        + " count(*) filter (where f.scolaire) as scolaire,"
                        + " count(*) filter (where f.apprentissage) as apprentissage,"
                        + " count(*) filter (where f.formation_continue) as formation_continue,"
                        + " count(*) filter (where f.vae) as vae,"
                        + " coalesce(sum(f.scolaire_capacity) filter (where f.scolaire), 0) as places_scolaire,"
                        + " coalesce(sum(f.apprentissage_capacity) filter (where f.apprentissage), 0)"
                        + " as places_apprentissage,"
                        + " coalesce(sum(f.formation_continue_capacity) filter (where f.formation_continue), 0)"
                        + " as places_formation_continue"
                        + " from formation f join campus c on c.id = f.campus_id"
                        + " join campus_member m on m.id = f.member_id and m.left_on is null"
                        + " where " + selection.where("c", params)
                        + " group by grouping sets ((f.level), ()) order by f.level")
                .params(params)
                .query((row, n) -> {
                    if (row.getInt("everything") == 0) {
                        levels.add(new Tally(row.getString("level"), row.getString("level"), row.getLong("formations")));
                        return n;
                    }
                    total[0] = row.getLong("formations");
                    for (LearnerStatus status : LearnerStatus.values()) {
                        String column = status.name().toLowerCase(Locale.ROOT);
                        statuses.add(new Tally(status.name(), status.name(), row.getLong(column)));
                        if (status != LearnerStatus.VAE) {
                            places.add(new Tally(status.name(), status.name(), row.getLong("places_" + column)));
                        }
                    }
                    return n;
                })
                .list();
        return new OfferCounts(total[0], levels, statuses, places);
    }
}
