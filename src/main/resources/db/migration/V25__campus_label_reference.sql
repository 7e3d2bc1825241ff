-- The arrêté that granted a campus its current label, shown on its public page.

alter table campus
    add column label_nor        text,
    add column label_decided_on date;
comment on column campus.label_nor is 'NOR of the arrêté interministériel of the current label.';
