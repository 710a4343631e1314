-- Changes to people's roles, administrator and active flags and board seats (issue 16): the store
-- table personChanges, as migration 0001 makes the others, with an index per field in tableIndexes.

create table person_changes (id text collate "C" primary key, data jsonb not null);

create index person_changes_person_id_idx on person_changes ((data->>'personId'));
create index person_changes_at_idx on person_changes ((data->>'at'));
