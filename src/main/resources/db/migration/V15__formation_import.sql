-- A formation that came from an import of a network's offer keeps its key there (UAI and certification) and the hash
-- of its line, so that importing the same file again changes nothing and a changed line updates its formation.
alter table formation
    add column import_key  text,
    add column import_hash text;
create unique index formation_import_key_uk on formation (campus_id, import_key);
