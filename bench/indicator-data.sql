-- The tableau de bord at national scale: 20 measured indicators followed by each campus of bench/campus-data.sql,
-- 36 monthly measures each (720,000 with 1,000 campuses) and a target a year. Run after campus-data.sql:
--   psql -v ON_ERROR_STOP=1 -f bench/indicator-data.sql
insert into indicator (code, label, unit, higher_is_better, method, position)
select 'BENCH_' || lpad(g::text, 2, '0'), 'Indicateur ' || g, 'unités', g % 5 <> 0, 'Mesure mensuelle', g
from generate_series(1, 20) g
on conflict do nothing;

insert into campus_indicator (campus_id, code)
select c.id, i.code from campus c, indicator i where i.code like 'BENCH\_%';

insert into indicator_target (campus_id, code, year, value)
select ci.campus_id, ci.code, y, 100 + (y - extract(year from current_date)::int + 3) * 10
from campus_indicator ci, generate_series(extract(year from current_date)::int - 2, extract(year from current_date)::int) y
where ci.code like 'BENCH\_%';

insert into indicator_measure (campus_id, code, measured_on, value, recorded_by)
select ci.campus_id, ci.code, (date_trunc('month', current_date) - make_interval(months => m))::date,
       80 + (hashtext(ci.campus_id || ci.code || m) & 1023) / 20.0, 'bench'
from campus_indicator ci, generate_series(0, 35) m
where ci.code like 'BENCH\_%';

vacuum analyze indicator_measure;
