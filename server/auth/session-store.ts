import type { Driver } from '../db/driver'

/** A live session as the server knows it. Times are epoch milliseconds. */
export interface SessionRecord {
  /** The session's public name (never the cookie's secret). */
  id: string
  /** Null only for the first sign-in on an empty server, until the council is set up. */
  personId: string | null
  email: string
  name: string
  userAgent: string
  createdAt: number
  lastSeenAt: number
  expiresAt: number
}

/** A sign-in sent to the identity provider and not yet back. */
export interface SignInFlow {
  state: string
  nonce: string
  codeVerifier: string
  returnTo: string
}

/** Why a session ended (kept in the row, for whoever runs the server). */
export type EndReason = 'signed-out' | 'ended-by-person' | 'replaced' | 'deactivated' | 'not-known'

export interface NewSession {
  id: string
  tokenHash: string
  personId: string | null
  email: string
  name: string
  userAgent: string
}

/**
 * Sessions and sign-ins under way, kept in PostgreSQL (migrations/0002_sessions.sql). Every method
 * takes the time from its caller, so the timeouts can be tested without waiting.
 */
export interface SessionStore {
  /** Keeps a sign-in under way, and forgets the ones older than `maxAgeMs`. */
  startSignIn(tokenHash: string, flow: SignInFlow, now: number, maxAgeMs: number): Promise<void>
  /** The sign-in under way for this cookie, taken so it can be used once; undefined when unknown or older than `maxAgeMs`. */
  takeSignIn(tokenHash: string, now: number, maxAgeMs: number): Promise<SignInFlow | undefined>
  create(session: NewSession, now: number, lifetimeMs: number): Promise<void>
  /**
   * The live session whose cookie secret hashes to `tokenHash`: not ended, not past its absolute
   * end, and seen within `idleMs`. Marks it seen now (at most once a minute, to spare writes).
   */
  find(tokenHash: string, now: number, idleMs: number): Promise<SessionRecord | undefined>
  /** Whether the session is live, without counting this as its use (for an open event stream). */
  isLive(id: string, now: number, idleMs: number): Promise<boolean>
  /** Gives the first sign-in on an empty server its person, once the council is set up. */
  bind(id: string, personId: string): Promise<void>
  /** Ends one session; answers whether it was live. */
  end(id: string, reason: EndReason, now: number): Promise<boolean>
  /** The person's live sessions, most recently seen first. */
  liveFor(personId: string, now: number, idleMs: number): Promise<SessionRecord[]>
  /** Ends every session of the person (but `except`); answers how many. */
  endAllFor(personId: string, reason: EndReason, now: number, except?: string): Promise<number>
}

/** A minute: a session seen more recently than this is not written again. */
const SEEN_EVERY_MS = 60_000

interface Row {
  id: string
  person_id: string | null
  email: string
  name: string
  user_agent: string
  created_ms: number | string
  last_seen_ms: number | string
  expires_ms: number | string
}

const COLUMNS = `id, person_id, email, name, user_agent,
  (extract(epoch from created_at) * 1000)::float8 as created_ms,
  (extract(epoch from last_seen_at) * 1000)::float8 as last_seen_ms,
  (extract(epoch from expires_at) * 1000)::float8 as expires_ms`

const LIVE = `ended_at is null and expires_at > to_timestamp($2::float8 / 1000) and last_seen_at > to_timestamp(($2::float8 - $3::float8) / 1000)`

function record(row: Row): SessionRecord {
  return {
    id: row.id,
    personId: row.person_id,
    email: row.email,
    name: row.name,
    userAgent: row.user_agent,
    createdAt: Math.round(Number(row.created_ms)),
    lastSeenAt: Math.round(Number(row.last_seen_ms)),
    expiresAt: Math.round(Number(row.expires_ms)),
  }
}

/** The session store over the server's database (PGlite or PostgreSQL). */
export function sqlSessionStore(driver: Driver): SessionStore {
  const at = (ms: number) => String(ms)
  return {
    async startSignIn(tokenHash, flow, now, maxAgeMs) {
      await driver.transaction('write', async (session) => {
        await session.query(`delete from sign_ins where created_at < to_timestamp($1::float8 / 1000)`, [at(now - maxAgeMs)])
        await session.query(
          `insert into sign_ins (token_hash, state, nonce, code_verifier, return_to, created_at) values ($1, $2, $3, $4, $5, to_timestamp($6::float8 / 1000))`,
          [tokenHash, flow.state, flow.nonce, flow.codeVerifier, flow.returnTo, at(now)],
        )
      })
    },

    async takeSignIn(tokenHash, now, maxAgeMs) {
      const rows = await driver.query<{ state: string; nonce: string; code_verifier: string; return_to: string; fresh: boolean }>(
        `delete from sign_ins where token_hash = $1
         returning state, nonce, code_verifier, return_to, created_at >= to_timestamp($2::float8 / 1000) as fresh`,
        [tokenHash, at(now - maxAgeMs)],
      )
      const row = rows[0]
      if (!row?.fresh) return undefined
      return { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to }
    },

    async create(session, now, lifetimeMs) {
      await driver.query(
        `insert into sessions (id, token_hash, person_id, email, name, user_agent, created_at, last_seen_at, expires_at)
         values ($1, $2, $3, $4, $5, $6, to_timestamp($7::float8 / 1000), to_timestamp($7::float8 / 1000), to_timestamp($8::float8 / 1000))`,
        [session.id, session.tokenHash, session.personId, session.email, session.name, session.userAgent, at(now), at(now + lifetimeMs)],
      )
    },

    async find(tokenHash, now, idleMs) {
      const rows = await driver.query<Row>(`select ${COLUMNS} from sessions where token_hash = $1 and ${LIVE}`, [tokenHash, at(now), at(idleMs)])
      const row = rows[0]
      if (!row) return undefined
      const found = record(row)
      if (now - found.lastSeenAt >= SEEN_EVERY_MS) {
        await driver.query(`update sessions set last_seen_at = to_timestamp($2::float8 / 1000) where id = $1 and ended_at is null`, [found.id, at(now)])
        found.lastSeenAt = now
      }
      return found
    },

    async isLive(id, now, idleMs) {
      return (await driver.query(`select 1 from sessions where id = $1 and ${LIVE}`, [id, at(now), at(idleMs)])).length > 0
    },

    async bind(id, personId) {
      await driver.query(`update sessions set person_id = $2 where id = $1`, [id, personId])
    },

    async end(id, reason, now) {
      const rows = await driver.query(`update sessions set ended_at = to_timestamp($3::float8 / 1000), ended_reason = $2 where id = $1 and ended_at is null returning id`, [id, reason, at(now)])
      return rows.length > 0
    },

    async liveFor(personId, now, idleMs) {
      const rows = await driver.query<Row>(`select ${COLUMNS} from sessions where person_id = $1 and ${LIVE} order by last_seen_at desc, id`, [personId, at(now), at(idleMs)])
      return rows.map(record)
    },

    async endAllFor(personId, reason, now, except) {
      const rows = await driver.query(
        `update sessions set ended_at = to_timestamp($3::float8 / 1000), ended_reason = $2
         where person_id = $1 and ended_at is null and id <> $4 returning id`,
        [personId, reason, at(now), except ?? ''],
      )
      return rows.length
    },
  }
}
