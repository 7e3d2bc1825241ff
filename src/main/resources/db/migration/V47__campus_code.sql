-- The national reference list: each campus gets a code (CMQ-0001) that never changes, whatever becomes of its name,
-- its filière or its région; the numeric id stays internal.
create sequence campus_code_seq;

alter table campus add column code text;
update campus c set code = 'CMQ-' || lpad(numbered.n::text, 4, '0')
from (select id, row_number() over (order by id) as n from campus) numbered
where numbered.id = c.id;
select setval('campus_code_seq', (select count(*) + 1 from campus), false);

alter table campus
    alter column code set default 'CMQ-' || lpad(nextval('campus_code_seq')::text, 4, '0'),
    alter column code set not null,
    add constraint campus_code_uk unique (code),
    add constraint campus_code_ck check (code ~ '^CMQ-[0-9]{4,}$');

create function campus_code_kept() returns trigger language plpgsql as $$
begin
    if new.code is distinct from old.code then
        raise exception 'the code of campus % never changes', old.id;
    end if;
    return new;
end $$;

create trigger campus_code_kept before update of code on campus
    for each row execute function campus_code_kept();
