-- The formation search's facets counted ahead (ADR 0019): for each word of the searched formations (a lexeme of their
-- `search`, and '' standing for every formation) and each combination of what the facets count and filter — level,
-- filière, région, statuses — how many formations there are. The facets of a one-word search, or of none, add up a
-- few hundred of these rows instead of reading every formation that holds the word (a tenth of them for
-- "maintenance"). Kept by triggers on formation_search, in the transaction of its change, so that the counts are what
-- is committed. A combination whose count falls to 0 keeps its row: it counts for nothing and is reused.
create table formation_word_count (
    word               text    not null,
    level              int     not null,
    filiere_code       text    not null,
    region_code        text,
    scolaire           boolean not null,
    apprentissage      boolean not null,
    formation_continue boolean not null,
    vae                boolean not null,
    formations         int     not null,
    constraint formation_word_count_key unique nulls not distinct
        (word, level, filiere_code, region_code, scolaire, apprentissage, formation_continue, vae) include (formations)
);

-- Rows of the search that left (removed) and came (added) change the counts of their words by their net difference,
-- in one statement whose keys are taken in order: two transactions counting the same words wait, never deadlock.
-- In PL/pgSQL so that its plan is kept for the session: the triggers run once per statement, and a member's change
-- refreshes the search once per member.
create function formation_word_count_change(removed formation_search[], added formation_search[])
    returns void language plpgsql as $$
begin
    insert into formation_word_count as c (word, level, filiere_code, region_code, scolaire, apprentissage,
                                           formation_continue, vae, formations)
    select w.word, r.level, r.filiere_code, r.region_code, r.scolaire, r.apprentissage, r.formation_continue, r.vae,
           sum(r.sign)
    from (select o.level, o.filiere_code, o.region_code, o.scolaire, o.apprentissage, o.formation_continue, o.vae,
                 o.search, -1 as sign
          from unnest(removed) o
          union all
          select n.level, n.filiere_code, n.region_code, n.scolaire, n.apprentissage, n.formation_continue, n.vae,
                 n.search, 1
          from unnest(added) n) r
    cross join lateral unnest(array_append(tsvector_to_array(r.search), '')) w (word)
    group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(r.sign) <> 0
    order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict on constraint formation_word_count_key
        do update set formations = c.formations + excluded.formations;
end $$;

-- Each returns at once when its statement wrote no row, or changed nothing that is counted.
create function formation_word_count_of_added() returns trigger language plpgsql as $$
begin
    if exists (select 1 from added) then
        perform formation_word_count_change(null::formation_search[],
                                            array(select a::formation_search from added a));
    end if;
    return null;
end $$;
create function formation_word_count_of_removed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from removed) then
        perform formation_word_count_change(array(select r::formation_search from removed r),
                                            null::formation_search[]);
    end if;
    return null;
end $$;
create function formation_word_count_of_changed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from removed r join added a on a.formation_id = r.formation_id
               where (r.level, r.filiere_code, r.region_code, r.scolaire, r.apprentissage, r.formation_continue,
                      r.vae, r.search)
                     is distinct from (a.level, a.filiere_code, a.region_code, a.scolaire, a.apprentissage,
                                       a.formation_continue, a.vae, a.search)) then
        perform formation_word_count_change(array(select r::formation_search from removed r),
                                            array(select a::formation_search from added a));
    end if;
    return null;
end $$;
create trigger formation_word_count_after_insert after insert on formation_search referencing new table as added
    for each statement execute function formation_word_count_of_added();
create trigger formation_word_count_after_delete after delete on formation_search referencing old table as removed
    for each statement execute function formation_word_count_of_removed();
create trigger formation_word_count_after_update after update on formation_search
    referencing old table as removed new table as added
    for each statement execute function formation_word_count_of_changed();

select formation_word_count_change(null::formation_search[], array(select s from formation_search s));
