-- Each campus's latest measure of each indicator in each year, kept by triggers on the measures in the transaction
-- that writes them: the territory's dashboards sum and average these (a few per campus) instead of reading every
-- campus's series. Two writers of one campus's measures take turns (an advisory lock per campus), so
-- that the later one reads the other's measure before it decides which is the latest.
create table indicator_year_latest (
    campus_id   bigint         not null references campus (id) on delete cascade,
    code        text           not null references indicator (code) on delete cascade,
    year        int            not null,
    measured_on date           not null,
    value       numeric(14, 2) not null,
    primary key (campus_id, code, year)
);
comment on table indicator_year_latest is 'The latest measure of each year of each campus''s indicator, kept by triggers on indicator_measure';
create index indicator_year_latest_year_idx on indicator_year_latest (year, code);

-- The years of the campuses' indicators a statement changed, refreshed as one set (an import of thousands of measures
-- is one statement), each campus locked once, in order.
create function indicator_year_latest_refresh(campuses bigint[], codes text[], years int[]) returns void
    language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('indicator_year_latest'), c.campus_id::int)
    from (select distinct campus_id from unnest(campuses) as u (campus_id) order by 1) c;
    delete from indicator_year_latest y
    using (select distinct * from unnest(campuses, codes, years) as u (campus_id, code, year)) k
    where y.campus_id = k.campus_id and y.code = k.code and y.year = k.year;
    insert into indicator_year_latest (campus_id, code, year, measured_on, value)
    select distinct on (m.campus_id, m.code, k.year) m.campus_id, m.code, k.year, m.measured_on, m.value
    from (select distinct * from unnest(campuses, codes, years) as u (campus_id, code, year)) k
    join indicator_measure m on m.campus_id = k.campus_id and m.code = k.code
        and m.measured_on >= make_date(k.year, 1, 1) and m.measured_on < make_date(k.year + 1, 1, 1)
    order by m.campus_id, m.code, k.year, m.measured_on desc;
end $$;

create function indicator_year_latest_after_change() returns trigger language plpgsql as $$
begin
    perform indicator_year_latest_refresh(array_agg(campus_id), array_agg(code),
        array_agg(extract(year from measured_on)::int)) from changed;
    return null;
end $$;

create function indicator_year_latest_after_update() returns trigger language plpgsql as $$
begin
    perform indicator_year_latest_refresh(array_agg(campus_id), array_agg(code),
        array_agg(extract(year from measured_on)::int))
    from (select campus_id, code, measured_on from changed union all
          select campus_id, code, measured_on from previous) both_sides;
    return null;
end $$;

create trigger indicator_year_latest_after_insert after insert on indicator_measure
    referencing new table as changed for each statement execute function indicator_year_latest_after_change();
create trigger indicator_year_latest_after_delete after delete on indicator_measure
    referencing old table as changed for each statement execute function indicator_year_latest_after_change();
create trigger indicator_year_latest_after_update after update on indicator_measure
    referencing old table as previous new table as changed for each statement
    execute function indicator_year_latest_after_update();

insert into indicator_year_latest (campus_id, code, year, measured_on, value)
select distinct on (campus_id, code, extract(year from measured_on)) campus_id, code,
       extract(year from measured_on)::int, measured_on, value
from indicator_measure order by campus_id, code, extract(year from measured_on), measured_on desc;
