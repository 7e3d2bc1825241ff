package fr.cmq.evaluation.internal;

import java.util.HashMap;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.campus.CampusSelection;
import fr.cmq.evaluation.MaturityFigures;
import fr.cmq.shared.Tally;

/** {@link MaturityFigures} in one grouped statement. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcMaturityFigures implements MaturityFigures {

    private final JdbcClient jdbc;

    @Override
    public List<Tally> levels(CampusSelection selection) {
        var params = new HashMap<String, Object>();
        return jdbc.sql("select coalesce(m.level::text, 'NON_CALCULE') as level, count(*) as campuses from campus c"
                        + " left join campus_maturity m on m.campus_id = c.id where " + selection.where("c", params)
                        + " group by m.level order by m.level nulls last")
                .params(params)
                .query((row, n) -> new Tally(row.getString("level"), row.getString("level"), row.getLong("campuses")))
                .list();
    }
}
