-- The lists of dossiers filtered by state alone, across campaigns (the workspace's counted tasks link there).
create index dossier_state_idx on dossier (state, id desc);
