-- The formation search's own narrow table: one row per formation of an active member, holding only what a search
-- filters, ranks, sorts and counts (its words, level, statuses, its campus's filière and région, its place). A search
-- and its facets read these rows alone, never the formations' wide rows (descriptions, admission, adaptations: two
-- formations a page) nor the network's tables. Kept by triggers on the tables it is derived from, in the transaction
-- of their change (ADR 0018): what a visitor finds is what is committed.
create table formation_search (
    formation_id       bigint           primary key references formation (id) on delete cascade,
    campus_id          bigint           not null,
    level              int              not null,
    title              text collate french not null,
    scolaire           boolean          not null,
    apprentissage      boolean          not null,
    formation_continue boolean          not null,
    vae                boolean          not null,
    accessible         boolean          not null,
    filiere_code       text             not null,
    region_code        text,
    latitude           double precision,
    longitude          double precision,
    search             tsvector         not null,
    search_text        text             not null
);
create index formation_search_words_idx on formation_search using gin (search);
create index formation_search_similar_idx on formation_search using gin (search_text gin_trgm_ops);
create index formation_search_place_idx on formation_search (latitude, longitude);
create index formation_search_campus_idx on formation_search (campus_id);
create index formation_search_order_idx on formation_search (level, title, formation_id);
-- a région and a level with words: the three indexes combined read only the formations that match all
create index formation_search_region_level_idx on formation_search (region_code, level);

-- The formations' own indexes for words and for the search's order served the search only.
drop index formation_search_idx;
drop index formation_search_text_idx;
drop index formation_level_idx;
drop index formation_apprentissage_idx;

-- The rows of these formations as the join gives them now: gone for a member that left, written where they differ.
create function formation_search_refresh(ids bigint[]) returns void language sql as $$
    delete from formation_search s where s.formation_id = any(ids) and not exists (
        select 1 from formation f join campus_member m on m.id = f.member_id and m.left_on is null
        where f.id = s.formation_id);
    insert into formation_search (formation_id, campus_id, level, title, scolaire, apprentissage, formation_continue,
                                  vae, accessible, filiere_code, region_code, latitude, longitude, search, search_text)
    select f.id, f.campus_id, f.level, f.title, f.scolaire, f.apprentissage, f.formation_continue, f.vae, f.accessible,
           c.filiere_code, c.region_code, coalesce(s.latitude, m.latitude), coalesce(s.longitude, m.longitude),
           f.search, f.search_text
    from formation f
    join campus c on c.id = f.campus_id
    join campus_member m on m.id = f.member_id and m.left_on is null
    left join campus_site s on s.id = f.site_id
    where f.id = any(ids)
    on conflict (formation_id) do update set
        campus_id = excluded.campus_id, level = excluded.level, title = excluded.title, scolaire = excluded.scolaire,
        apprentissage = excluded.apprentissage, formation_continue = excluded.formation_continue, vae = excluded.vae,
        accessible = excluded.accessible, filiere_code = excluded.filiere_code, region_code = excluded.region_code,
        latitude = excluded.latitude, longitude = excluded.longitude, search = excluded.search,
        search_text = excluded.search_text
    where formation_search is distinct from excluded;
$$;

-- Formations written by a statement (an import writes thousands): refreshed once for the statement.
create function formation_search_of_formations() returns trigger language plpgsql as $$
begin
    perform formation_search_refresh(array(select id from changed));
    return null;
end $$;
create trigger formation_search_after_insert after insert on formation referencing new table as changed
    for each statement execute function formation_search_of_formations();
create trigger formation_search_after_update after update on formation referencing new table as changed
    for each statement execute function formation_search_of_formations();

-- A campus that changes filière or région, a member that leaves, comes back or moves, a site that moves: the
-- formations that name it (by the column given as the trigger's argument) are refreshed.
create function formation_search_of_network() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    execute format('select array(select id from formation where %I = $1)', tg_argv[0]) into ids using new.id;
    perform formation_search_refresh(ids);
    return null;
end $$;
create trigger formation_search_after_campus after update of filiere_code, region_code on campus for each row
    when (old.filiere_code is distinct from new.filiere_code or old.region_code is distinct from new.region_code)
    execute function formation_search_of_network('campus_id');
create trigger formation_search_after_member after update of left_on, latitude, longitude on campus_member for each row
    when (old.left_on is distinct from new.left_on or old.latitude is distinct from new.latitude
          or old.longitude is distinct from new.longitude)
    execute function formation_search_of_network('member_id');
create trigger formation_search_after_site after update of latitude, longitude on campus_site for each row
    when (old.latitude is distinct from new.latitude or old.longitude is distinct from new.longitude)
    execute function formation_search_of_network('site_id');

select formation_search_refresh(array(select id from formation));
