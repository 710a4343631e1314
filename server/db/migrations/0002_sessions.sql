-- Sign-in (server/auth/): who is signed in, and the sign-ins under way at the identity provider.
-- Neither table is part of a backup: a restore leaves everyone signed in as they were.

-- One row per session. The cookie holds a random secret; only its SHA-256 (token_hash) is kept,
-- so reading this table never lets anyone take a session over. `id` is the session's public name,
-- shown in "Your sessions" and used to end one.
create table sessions (
  id text collate "C" primary key,
  token_hash text not null unique,
  -- The person signed in; null only for the first sign-in on an empty server, until the council is set up.
  person_id text collate "C",
  email text not null,
  name text not null,
  user_agent text not null default '',
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  -- The absolute end; the idle timeout is counted from last_seen_at.
  expires_at timestamptz not null,
  ended_at timestamptz,
  -- Why it ended: signed-out, ended-by-person, replaced, deactivated, not-known.
  ended_reason text
);
create index sessions_person_id_idx on sessions (person_id) where ended_at is null;

-- A sign-in sent to the identity provider and not yet back: what the callback must check (state,
-- nonce) and prove (the PKCE verifier). Keyed by the hash of a short-lived cookie's secret, so the
-- callback is honoured only in the browser that started it. Taken (deleted) by the callback.
create table sign_ins (
  token_hash text primary key,
  state text not null,
  nonce text not null,
  code_verifier text not null,
  return_to text not null,
  created_at timestamptz not null
);
