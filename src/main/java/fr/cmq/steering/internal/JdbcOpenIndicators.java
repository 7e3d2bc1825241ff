package fr.cmq.steering.internal;

import java.time.LocalDate;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cmq.shared.DataVersion;
import fr.cmq.shared.db.Rows;
import fr.cmq.shared.db.StreamedRows;
import fr.cmq.steering.OpenIndicators;

/** {@link OpenIndicators} in SQL: the measures of the campuses that publish their tableau de bord. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class JdbcOpenIndicators implements OpenIndicators {

    private final JdbcClient jdbc;
    private final StreamedRows streamed;

    /** Measures carry no version: their rows are hashed, with the targets and the publications. */
    @Override
    public DataVersion version() {
        return jdbc.sql("""
                        select concat_ws('-',
                               (select md5(string_agg(concat_ws('|', campus_id, code, measured_on, value), ','
                                       order by campus_id, code, measured_on)) from indicator_measure),
                               (select md5(string_agg(concat_ws('|', campus_id, code, year, value), ','
                                       order by campus_id, code, year)) from indicator_target),
                               (select md5(string_agg(campus_id::text, ',' order by campus_id))
                                from dashboard_publication)) as fingerprint,
                               greatest((select max(recorded_at) from indicator_measure),
                                        (select max(published_at) from dashboard_publication)) as last_change""")
                .query((row, n) -> new DataVersion(row.getString("fingerprint"), Rows.instant(row, "last_change")))
                .single();
    }

    @Override
    public void eachPublishedMeasure(Consumer<PublishedMeasure> reader) {
        streamed.jdbc().sql("""
                        select m.campus_id, m.code, i.label, i.unit, m.measured_on, m.value, t.value as target
                        from indicator_measure m
                        join dashboard_publication p on p.campus_id = m.campus_id
                        join indicator i on i.code = m.code
                        left join indicator_target t on t.campus_id = m.campus_id and t.code = m.code
                             and t.year = extract(year from m.measured_on)
                        order by m.campus_id, i.position, m.code, m.measured_on""")
                .query((RowCallbackHandler) row -> reader.accept(new PublishedMeasure(row.getLong("campus_id"),
                        row.getString("code"), row.getString("label"), row.getString("unit"),
                        row.getObject("measured_on", LocalDate.class), row.getBigDecimal("value"),
                        row.getBigDecimal("target"))));
    }
}
