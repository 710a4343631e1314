-- The store's tables (mocks/db/store.ts): one per store table, in snake_case, each row one JSON
-- document under its key (meta's id column holds MetaEntry.key). Keys sort by code point
-- (collate "C"), as IndexedDB sorts them, so every answer comes in the same order from both stores.
-- One expression index per field in tableIndexes, for TableAccess.where.

create table council (id text collate "C" primary key, data jsonb not null);
create table people (id text collate "C" primary key, data jsonb not null);
create table inspections (id text collate "C" primary key, data jsonb not null);
create table boards (id text collate "C" primary key, data jsonb not null);
create table meetings (id text collate "C" primary key, data jsonb not null);
create table plans (id text collate "C" primary key, data jsonb not null);
create table milestones (id text collate "C" primary key, data jsonb not null);
create table milestone_updates (id text collate "C" primary key, data jsonb not null);
create table date_changes (id text collate "C" primary key, data jsonb not null);
create table measures (id text collate "C" primary key, data jsonb not null);
create table measure_actuals (id text collate "C" primary key, data jsonb not null);
create table reports (id text collate "C" primary key, data jsonb not null);
create table plan_imports (id text collate "C" primary key, data jsonb not null);
create table meta (id text collate "C" primary key, data jsonb not null);

create index meetings_board_id_idx on meetings ((data->>'boardId'));
create index meetings_date_idx on meetings ((data->>'date'));
create index plans_board_id_idx on plans ((data->>'boardId'));
create index milestones_plan_id_idx on milestones ((data->>'planId'));
create index milestones_owner_id_idx on milestones ((data->>'ownerId'));
create index milestones_due_date_idx on milestones ((data->>'dueDate'));
create index milestone_updates_milestone_id_idx on milestone_updates ((data->>'milestoneId'));
create index milestone_updates_at_idx on milestone_updates ((data->>'at'));
create index date_changes_milestone_id_idx on date_changes ((data->>'milestoneId'));
create index date_changes_plan_id_idx on date_changes ((data->>'planId'));
create index date_changes_status_idx on date_changes ((data->>'status'));
create index measures_plan_id_idx on measures ((data->>'planId'));
create index measure_actuals_measure_id_idx on measure_actuals ((data->>'measureId'));
create index reports_requested_by_board_id_idx on reports ((data->>'requestedByBoardId'));
create index reports_due_meeting_id_idx on reports ((data->>'dueMeetingId'));
create index reports_author_id_idx on reports ((data->>'authorId'));
create index reports_status_idx on reports ((data->>'status'));
create index plan_imports_plan_id_idx on plan_imports ((data->>'planId'));
create index plan_imports_file_hash_idx on plan_imports ((data->>'fileHash'));
