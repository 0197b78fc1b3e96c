-- Durable jobs (issue 3). Times are Unix milliseconds (INTEGER), states lower-case names.
CREATE TABLE jobs (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0,
    stage TEXT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    lease_owner TEXT NULL,
    lease_expires_at INTEGER NULL,
    cancel_requested INTEGER NOT NULL DEFAULT 0,
    error_class TEXT NULL,
    error_message TEXT NULL,
    created_at INTEGER NOT NULL,
    started_at INTEGER NULL,
    finished_at INTEGER NULL,
    parent_job_id TEXT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    idempotency_key TEXT NULL,
    payload_hash TEXT NULL
);
CREATE INDEX ix_jobs_state_next_attempt_at ON jobs (state, next_attempt_at);
CREATE INDEX ix_jobs_created_at ON jobs (created_at);
CREATE UNIQUE INDEX ix_jobs_idempotency_key ON jobs (idempotency_key);
CREATE INDEX ix_jobs_parent_job_id ON jobs (parent_job_id);

CREATE TABLE job_files (
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    PRIMARY KEY (job_id, name)
);

CREATE TABLE job_events (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    state TEXT NOT NULL,
    stage TEXT NULL,
    message TEXT NULL
);
CREATE INDEX ix_job_events_job_id ON job_events (job_id, id);

CREATE TABLE job_metrics (
    kind TEXT NOT NULL,
    stage TEXT NOT NULL,
    outcome TEXT NOT NULL,
    count INTEGER NOT NULL,
    total_ms INTEGER NOT NULL,
    max_ms INTEGER NOT NULL,
    PRIMARY KEY (kind, stage, outcome)
);
