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

/** {@link OfferFigures} in two statements over the formations of the selection's campuses. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcOfferFigures implements OfferFigures {

    private final JdbcClient jdbc;

    @Override
    public OfferCounts count(CampusSelection selection) {
        var params = new HashMap<String, Object>();
        String from = " from formation f join campus c on c.id = f.campus_id"
                + " join campus_member m on m.id = f.member_id and m.left_on is null where " + selection.where("c", params);
        var levels = jdbc.sql("select f.level, count(*) as formations" + from + " group by f.level order by f.level")
                .params(params)
                .query((row, n) -> new Tally(row.getString("level"), row.getString("level"), row.getLong("formations")))
                .list();
        return jdbc.sql("select count(*) as formations,"
                        + " count(*) filter (where f.scolaire) as scolaire,"
                        + " count(*) filter (where f.apprentissage) as apprentissage,"
                        + " count(*) filter (where f.formation_continue) as formation_continue,"
                        + " count(*) filter (where f.vae) as vae,"
                        + " coalesce(sum(f.scolaire_capacity) filter (where f.scolaire), 0) as places_scolaire,"
                        + " coalesce(sum(f.apprentissage_capacity) filter (where f.apprentissage), 0)"
                        + " as places_apprentissage,"
                        + " coalesce(sum(f.formation_continue_capacity) filter (where f.formation_continue), 0)"
                        + " as places_formation_continue" + from)
                .params(params)
                .query((row, n) -> {
                    var statuses = new ArrayList<Tally>();
                    var places = new ArrayList<Tally>();
                    for (LearnerStatus status : LearnerStatus.values()) {
                        String column = status.name().toLowerCase(Locale.ROOT);
                        statuses.add(new Tally(status.name(), status.name(), row.getLong(column)));
                        if (status != LearnerStatus.VAE) {
                            places.add(new Tally(status.name(), status.name(), row.getLong("places_" + column)));
                        }
                    }
                    return new OfferCounts(row.getLong("formations"), levels, List.copyOf(statuses), List.copyOf(places));
                })
                .single();
    }
}
