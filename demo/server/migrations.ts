/**
 * Versioned migrations, the same on PGlite and PostgreSQL. Each runs once, in the transaction that
 * records it in `schema_migrations`, under an advisory lock so two servers starting together against
 * one database do not race. Never edit a migration that has shipped: add the next version.
 */
import type { Db } from './db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'services and ratings',
    sql: `
      CREATE TABLE services (
        id      TEXT PRIMARY KEY,
        scale   TEXT NOT NULL CHECK (scale IN ('stars', 'faces', 'thumbs')),
        name_ar TEXT NOT NULL,
        name_en TEXT NOT NULL
      );
      -- One row per vote. The UNIQUE submission_id is what makes a resent vote count once.
      CREATE TABLE ratings (
        id             BIGSERIAL PRIMARY KEY,
        submission_id  UUID NOT NULL UNIQUE,
        service_id     TEXT NOT NULL REFERENCES services (id),
        score          SMALLINT NOT NULL CHECK (score BETWEEN 0 AND 5),
        scale          TEXT NOT NULL,
        reasons        JSONB NOT NULL DEFAULT '[]',
        comment        TEXT,
        channel        TEXT NOT NULL,
        centre_id      TEXT,
        transaction_id TEXT,
        locale         TEXT NOT NULL,
        page           TEXT NOT NULL,
        client_time    TEXT NOT NULL,
        dwell_ms       INTEGER,
        context        JSONB,
        received_at    TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE INDEX ratings_service_idx ON ratings (service_id, received_at);
      -- Votes per service and score, kept by a trigger in the inserting transaction, so a summary
      -- reads a handful of rows however many votes there are.
      CREATE TABLE rating_tallies (
        service_id TEXT NOT NULL REFERENCES services (id),
        score      SMALLINT NOT NULL,
        votes      INTEGER NOT NULL CHECK (votes >= 0),
        PRIMARY KEY (service_id, score)
      );
      CREATE FUNCTION tally_rating() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO rating_tallies (service_id, score, votes) VALUES (NEW.service_id, NEW.score, 1)
          ON CONFLICT (service_id, score) DO UPDATE SET votes = rating_tallies.votes + 1;
          RETURN NEW;
        END IF;
        UPDATE rating_tallies SET votes = votes - 1 WHERE service_id = OLD.service_id AND score = OLD.score;
        RETURN OLD;
      END $$;
      CREATE TRIGGER ratings_tally AFTER INSERT OR DELETE ON ratings
        FOR EACH ROW EXECUTE FUNCTION tally_rating();

      -- The summary of one service as the contract's RatingSummary: count, average and the votes per
      -- score, every score of the service's scale present. NULL for an unknown service. In plpgsql so
      -- its plan is prepared once per connection: it runs on every vote.
      CREATE FUNCTION rating_summary(p_service_id TEXT) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
      DECLARE
        summary jsonb;
      BEGIN
        SELECT jsonb_build_object(
                 'serviceId', s.id,
                 'scale', s.scale,
                 'count', sum(coalesce(t.votes, 0))::int,
                 'average', coalesce(round(sum(g.score * coalesce(t.votes, 0))::numeric / nullif(sum(coalesce(t.votes, 0)), 0), 2), 0)::float8,
                 'distribution', jsonb_object_agg(g.score::text, coalesce(t.votes, 0) ORDER BY g.score))
          INTO summary
          FROM services s
          CROSS JOIN LATERAL generate_series(
            CASE s.scale WHEN 'thumbs' THEN 0 ELSE 1 END,
            CASE s.scale WHEN 'stars' THEN 5 WHEN 'faces' THEN 3 ELSE 1 END) AS g (score)
          LEFT JOIN rating_tallies t ON t.service_id = s.id AND t.score = g.score
         WHERE s.id = p_service_id
         GROUP BY s.id, s.scale;
        RETURN summary;
      END $$;

      -- One vote, in one round trip: stored unless its submission_id is already there (the unique
      -- index decides, so two copies arriving together still count once), and only when the service
      -- exists and uses the vote's scale. Returns the service's scale (NULL: no such service), whether
      -- this call stored the vote, and the summary that includes it.
      CREATE FUNCTION submit_rating(
        p_submission_id UUID, p_service_id TEXT, p_score SMALLINT, p_scale TEXT, p_reasons JSONB, p_comment TEXT,
        p_channel TEXT, p_centre_id TEXT, p_transaction_id TEXT, p_locale TEXT, p_page TEXT, p_client_time TEXT,
        p_dwell_ms INTEGER, p_context JSONB)
      RETURNS TABLE (service_scale TEXT, stored BOOLEAN, summary JSONB) LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s.scale INTO service_scale FROM services s WHERE s.id = p_service_id;
        stored := false;
        IF service_scale IS DISTINCT FROM p_scale THEN
          RETURN NEXT;
          RETURN;
        END IF;
        INSERT INTO ratings (submission_id, service_id, score, scale, reasons, comment, channel, centre_id,
                             transaction_id, locale, page, client_time, dwell_ms, context)
        VALUES (p_submission_id, p_service_id, p_score, p_scale, p_reasons, p_comment, p_channel, p_centre_id,
                p_transaction_id, p_locale, p_page, p_client_time, p_dwell_ms, p_context)
        ON CONFLICT (submission_id) DO NOTHING;
        stored := FOUND;
        summary := rating_summary(p_service_id);
        RETURN NEXT;
      END $$;
    `,
  },
  {
    version: 2,
    name: 'centres and evaluations',
    sql: `
      CREATE TABLE centres (
        id        TEXT PRIMARY KEY,
        name_ar   TEXT NOT NULL,
        name_en   TEXT NOT NULL,
        entity_ar TEXT NOT NULL,
        entity_en TEXT NOT NULL,
        model     TEXT NOT NULL CHECK (model IN ('on-premise', 'remote', 'digital'))
      );
      -- One row per centre and cycle; the history of a cycle is the earlier rows, so it is never stored twice.
      CREATE TABLE evaluations (
        centre_id              TEXT NOT NULL REFERENCES centres (id),
        cycle                  INTEGER NOT NULL CHECK (cycle >= 1),
        year                   INTEGER NOT NULL,
        programme_ar           TEXT NOT NULL,
        programme_en           TEXT NOT NULL,
        result                 JSONB NOT NULL,
        criteria               JSONB NOT NULL DEFAULT '[]',
        mystery_shopper_visits INTEGER,
        field_visits           INTEGER,
        survey_responses       INTEGER,
        rank_position          INTEGER,
        rank_of                INTEGER,
        strengths              JSONB NOT NULL DEFAULT '[]',
        improvements           JSONB NOT NULL DEFAULT '[]',
        published_at           DATE,
        PRIMARY KEY (centre_id, cycle),
        CHECK (rank_position IS NULL OR (rank_of IS NOT NULL AND rank_position BETWEEN 1 AND rank_of))
      );
    `,
  },
  {
    version: 3,
    name: 'organisations and certifications',
    sql: `
      CREATE TABLE organisations (
        id      TEXT PRIMARY KEY,
        name_ar TEXT NOT NULL,
        name_en TEXT NOT NULL
      );
      CREATE TABLE certifications (
        id                   TEXT PRIMARY KEY,
        organisation_id      TEXT NOT NULL REFERENCES organisations (id),
        position             INTEGER NOT NULL DEFAULT 0,
        certificate_number   TEXT NOT NULL,
        standard_code        TEXT NOT NULL,
        standard_version     TEXT,
        standard_title_ar    TEXT NOT NULL,
        standard_title_en    TEXT NOT NULL,
        certified_entity_ar  TEXT NOT NULL,
        certified_entity_en  TEXT NOT NULL,
        scope_ar             TEXT NOT NULL,
        scope_en             TEXT NOT NULL,
        sites                JSONB NOT NULL DEFAULT '[]',
        body_name            TEXT NOT NULL,
        body_url             TEXT,
        body_logo            TEXT,
        accreditation_name   TEXT,
        accreditation_status TEXT,
        original_issue_date  DATE,
        issue_date           DATE NOT NULL,
        expiry_date          DATE NOT NULL,
        -- As the certification body reports it (IAF vocabulary); the element combines it with the dates.
        status               TEXT NOT NULL,
        verify_url           TEXT,
        last_verified_at     TIMESTAMPTZ
      );
      CREATE INDEX certifications_organisation_idx ON certifications (organisation_id, position);
    `,
  },
  {
    version: 4,
    name: 'publishing: reason chips, API keys, audit log, certificate status history',
    sql: `
      -- The service's own reason chips (the contract's ReasonOptions), for portals that read them.
      ALTER TABLE services ADD COLUMN reason_options JSONB;
      -- Keys are stored as the SHA-256 of the key only; the key itself is shown once, at creation.
      CREATE TABLE api_keys (
        id         TEXT PRIMARY KEY,
        label      TEXT NOT NULL,
        roles      JSONB NOT NULL,
        key_hash   TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        revoked_at TIMESTAMPTZ
      );
      -- One row per admin write: who (key id), when, and what changed (before and after).
      CREATE TABLE audit_log (
        id      BIGSERIAL PRIMARY KEY,
        at      TIMESTAMPTZ NOT NULL DEFAULT now(),
        key_id  TEXT NOT NULL,
        action  TEXT NOT NULL,
        target  TEXT NOT NULL,
        change  JSONB
      );
      CREATE INDEX audit_log_at_idx ON audit_log (at);
      -- Every status a certificate has had: suspended on, restored on, withdrawn on.
      CREATE TABLE certification_status_changes (
        id             BIGSERIAL PRIMARY KEY,
        certificate_id TEXT NOT NULL REFERENCES certifications (id) ON DELETE CASCADE,
        from_status    TEXT,
        to_status      TEXT NOT NULL,
        changed_on     DATE NOT NULL,
        note           TEXT,
        key_id         TEXT NOT NULL,
        recorded_at    TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE INDEX certification_status_changes_idx ON certification_status_changes (certificate_id, id);
      CREATE INDEX ratings_received_idx ON ratings (received_at);
    `,
  },
  {
    version: 5,
    name: 'suspect votes kept and marked, not dropped',
    sql: `
      -- A vote that looks like a bot's (the honeypot filled in, or sent faster than a person reads) is
      -- stored and marked, not dropped: left out of the public summary, kept for a quality office to
      -- count, audit and export. NULL: a person.
      ALTER TABLE ratings ADD COLUMN suspect TEXT CHECK (suspect IN ('too-fast', 'trap'));
      CREATE OR REPLACE FUNCTION tally_rating() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.suspect IS NOT NULL THEN RETURN NEW; END IF;
          INSERT INTO rating_tallies (service_id, score, votes) VALUES (NEW.service_id, NEW.score, 1)
          ON CONFLICT (service_id, score) DO UPDATE SET votes = rating_tallies.votes + 1;
          RETURN NEW;
        END IF;
        IF OLD.suspect IS NOT NULL THEN RETURN OLD; END IF;
        UPDATE rating_tallies SET votes = votes - 1 WHERE service_id = OLD.service_id AND score = OLD.score;
        RETURN OLD;
      END $$;
      DROP FUNCTION submit_rating(UUID, TEXT, SMALLINT, TEXT, JSONB, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, JSONB);
      CREATE FUNCTION submit_rating(
        p_submission_id UUID, p_service_id TEXT, p_score SMALLINT, p_scale TEXT, p_reasons JSONB, p_comment TEXT,
        p_channel TEXT, p_centre_id TEXT, p_transaction_id TEXT, p_locale TEXT, p_page TEXT, p_client_time TEXT,
        p_dwell_ms INTEGER, p_context JSONB, p_suspect TEXT)
      RETURNS TABLE (service_scale TEXT, stored BOOLEAN, summary JSONB) LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s.scale INTO service_scale FROM services s WHERE s.id = p_service_id;
        stored := false;
        IF service_scale IS DISTINCT FROM p_scale THEN
          RETURN NEXT;
          RETURN;
        END IF;
        INSERT INTO ratings (submission_id, service_id, score, scale, reasons, comment, channel, centre_id,
                             transaction_id, locale, page, client_time, dwell_ms, context, suspect)
        VALUES (p_submission_id, p_service_id, p_score, p_scale, p_reasons, p_comment, p_channel, p_centre_id,
                p_transaction_id, p_locale, p_page, p_client_time, p_dwell_ms, p_context, p_suspect)
        ON CONFLICT (submission_id) DO NOTHING;
        stored := FOUND;
        summary := rating_summary(p_service_id);
        RETURN NEXT;
      END $$;
    `,
  },
  {
    version: 6,
    name: 'status list entries of signed certificates',
    sql: `
      -- Where each signed certificate's status bits live in the server's status lists (one list per
      -- purpose, the same index in each). Indexes are drawn at random, so a list's order tells
      -- nothing of when a certificate was issued. A row outlives its certificate and is never
      -- reused: a record signed once keeps pointing at it, so a revoked index stays revoked.
      CREATE TABLE status_list_entries (
        list_index     INTEGER PRIMARY KEY CHECK (list_index >= 0),
        certificate_id TEXT NOT NULL,
        assigned_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
        -- Set when the certificate is withdrawn, cancelled or deleted; never cleared (revocation is final).
        revoked_at     TIMESTAMPTZ
      );
      -- A certificate has at most one entry not yet revoked: the one its new records point at.
      CREATE UNIQUE INDEX status_list_entries_live_idx ON status_list_entries (certificate_id) WHERE revoked_at IS NULL;
      CREATE INDEX status_list_entries_certificate_idx ON status_list_entries (certificate_id, assigned_at);
    `,
  },
  {
    version: 7,
    name: 'votes in batches: tallies sharded and kept per statement',
    sql: `
      -- Every vote of one service used to update the same few tally rows, one vote at a time: the row
      -- lock was the ceiling of the write rate. Now each (service, score) has up to 16 shards, summed
      -- on read; a transaction adds to the shard of its connection (so two connections seldom wait on
      -- one row), once per statement for all the rows it inserted (votes arrive in batches).
      ALTER TABLE rating_tallies DROP CONSTRAINT rating_tallies_pkey;
      ALTER TABLE rating_tallies DROP CONSTRAINT rating_tallies_votes_check; -- a shard may go below 0 on a delete
      ALTER TABLE rating_tallies DROP CONSTRAINT rating_tallies_service_id_fkey; -- its ratings hold the reference
      ALTER TABLE rating_tallies ADD COLUMN shard SMALLINT NOT NULL DEFAULT 0;
      ALTER TABLE rating_tallies ADD PRIMARY KEY (service_id, score, shard);
      DROP TRIGGER ratings_tally ON ratings;
      DROP FUNCTION tally_rating();
      -- Suspect votes are stored but never tallied (migration 5). (service, score) in one order in every
      -- statement, so two of them never wait on each other's rows in opposite orders.
      CREATE FUNCTION tally_inserted_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO rating_tallies (service_id, score, shard, votes)
        SELECT service_id, score, pg_backend_pid() % 16, count(*) FROM inserted WHERE suspect IS NULL
         GROUP BY service_id, score ORDER BY service_id, score
        ON CONFLICT (service_id, score, shard) DO UPDATE SET votes = rating_tallies.votes + EXCLUDED.votes;
        RETURN NULL;
      END $$;
      CREATE FUNCTION tally_deleted_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO rating_tallies (service_id, score, shard, votes)
        SELECT service_id, score, 0, -count(*) FROM deleted WHERE suspect IS NULL
         GROUP BY service_id, score ORDER BY service_id, score
        ON CONFLICT (service_id, score, shard) DO UPDATE SET votes = rating_tallies.votes + EXCLUDED.votes;
        RETURN NULL;
      END $$;
      CREATE TRIGGER ratings_tally_inserted AFTER INSERT ON ratings REFERENCING NEW TABLE AS inserted
        FOR EACH STATEMENT EXECUTE FUNCTION tally_inserted_ratings();
      CREATE TRIGGER ratings_tally_deleted AFTER DELETE ON ratings REFERENCING OLD TABLE AS deleted
        FOR EACH STATEMENT EXECUTE FUNCTION tally_deleted_ratings();

      -- Many votes in one round trip and one commit: each stored unless its submission_id is already
      -- there (the unique index decides, so copies in two batches, or on two servers, still count
      -- once), and only when its service exists and uses its scale. Per vote, in the batch's order:
      -- the service's scale (NULL: no such service), whether this call stored it, and the service's
      -- summary, read by a second statement: its snapshot is taken after the insert, so it has this
      -- batch's tallies and every vote committed before, including the one a copy waited for on the
      -- unique index. Once per service of the batch, not per vote. The ids of one batch must be
      -- distinct. In plpgsql so its plans are made once per connection.
      CREATE FUNCTION store_votes(
        p_submission_ids UUID[], p_service_ids TEXT[], p_scores SMALLINT[], p_scales TEXT[], p_reasons JSONB[], p_comments TEXT[],
        p_channels TEXT[], p_centre_ids TEXT[], p_transaction_ids TEXT[], p_locales TEXT[], p_pages TEXT[], p_client_times TEXT[],
        p_dwell_ms INTEGER[], p_contexts JSONB[], p_suspects TEXT[])
      RETURNS TABLE (service_scale TEXT, stored BOOLEAN, summary JSONB) LANGUAGE plpgsql AS $$
      DECLARE
        stored_ids UUID[];
      BEGIN
        WITH inserted AS (
          INSERT INTO ratings AS r (submission_id, service_id, score, scale, reasons, comment, channel, centre_id, transaction_id,
                                    locale, page, client_time, dwell_ms, context, suspect)
          SELECT b.* FROM unnest(p_submission_ids, p_service_ids, p_scores, p_scales, p_reasons, p_comments, p_channels,
                                 p_centre_ids, p_transaction_ids, p_locales, p_pages, p_client_times, p_dwell_ms, p_contexts, p_suspects)
                   AS b (submission_id, service_id, score, scale, reasons, comment, channel, centre_id, transaction_id, locale, page,
                         client_time, dwell_ms, context, suspect)
            JOIN services s ON s.id = b.service_id AND s.scale = b.scale
          ON CONFLICT (submission_id) DO NOTHING
          RETURNING r.submission_id
        )
        SELECT coalesce(array_agg(i.submission_id), '{}') INTO stored_ids FROM inserted i;

        RETURN QUERY
        WITH batch AS (
          SELECT * FROM unnest(p_submission_ids, p_service_ids, p_scales) WITH ORDINALITY AS b (submission_id, service_id, scale, position)
        ), summaries AS (
          SELECT d.service_id, rating_summary(d.service_id) AS summary FROM (SELECT DISTINCT b.service_id FROM batch b) d
        )
        SELECT s.scale, b.submission_id = ANY (stored_ids), CASE WHEN s.scale = b.scale THEN m.summary END
          FROM batch b
          LEFT JOIN services s ON s.id = b.service_id
          LEFT JOIN summaries m ON m.service_id = b.service_id
         ORDER BY b.position;
      END $$;

      CREATE OR REPLACE FUNCTION rating_summary(p_service_id TEXT) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
      DECLARE
        summary jsonb;
      BEGIN
        SELECT jsonb_build_object(
                 'serviceId', s.id,
                 'scale', s.scale,
                 'count', sum(coalesce(t.votes, 0))::int,
                 'average', coalesce(round(sum(g.score * coalesce(t.votes, 0))::numeric / nullif(sum(coalesce(t.votes, 0)), 0), 2), 0)::float8,
                 'distribution', jsonb_object_agg(g.score::text, coalesce(t.votes, 0) ORDER BY g.score))
          INTO summary
          FROM services s
          CROSS JOIN LATERAL generate_series(
            CASE s.scale WHEN 'thumbs' THEN 0 ELSE 1 END,
            CASE s.scale WHEN 'stars' THEN 5 WHEN 'faces' THEN 3 ELSE 1 END) AS g (score)
          LEFT JOIN (SELECT score, sum(votes)::int AS votes FROM rating_tallies WHERE service_id = p_service_id GROUP BY score) t
            ON t.score = g.score
         WHERE s.id = p_service_id
         GROUP BY s.id, s.scale;
        RETURN summary;
      END $$;
    `,
  },
  {
    version: 8,
    name: 'rate limit shared by the servers on one database',
    sql: `
      -- Token buckets per budget and client (store/rate-buckets.ts). UNLOGGED: a crash empties it,
      -- which only forgets who was near their limit.
      CREATE UNLOGGED TABLE rate_buckets (
        budget  TEXT NOT NULL,
        client  TEXT NOT NULL,
        tokens  FLOAT8 NOT NULL,
        updated TIMESTAMPTZ NOT NULL,
        allowed BOOLEAN NOT NULL,
        PRIMARY KEY (budget, client)
      );
    `,
  },
];

/** Applies every migration not yet applied. Safe to call on every start. */
export async function migrate(db: Db): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('jawda:migrate:' || current_schema()))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
