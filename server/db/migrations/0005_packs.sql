-- Meeting packs as published (issue 17): the store table packs, as migration 0001 makes the
-- others, with an index per field in tableIndexes. Each row is a frozen pack, never recomputed.

create table packs (id text collate "C" primary key, data jsonb not null);

create index packs_meeting_id_idx on packs ((data->>'meetingId'));
