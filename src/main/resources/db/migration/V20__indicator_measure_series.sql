-- The tableau de bord reads a campus's measures (date and value of each indicator) from the index alone.
create index indicator_measure_series_idx on indicator_measure (campus_id, code, measured_on) include (value);
