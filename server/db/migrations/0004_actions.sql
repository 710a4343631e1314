-- Actions agreed at meetings (issue 17): the store table actions, as migration 0001 makes the
-- others, with an index per field in tableIndexes. A meeting's time, agenda and attendance are
-- optional fields of its document: nothing to rewrite.

create table actions (id text collate "C" primary key, data jsonb not null);

create index actions_board_id_idx on actions ((data->>'boardId'));
create index actions_meeting_id_idx on actions ((data->>'meetingId'));
create index actions_owner_id_idx on actions ((data->>'ownerId'));
create index actions_status_idx on actions ((data->>'status'));
