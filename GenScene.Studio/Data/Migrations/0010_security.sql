-- API keys, studio users and webhook deliveries (issue 7). Times are Unix milliseconds.
-- Keys are stored only as the SHA-256 of the whole key; the key itself is shown once at creation.
CREATE TABLE api_keys (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL,
    scopes TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER NULL,
    revoked_at INTEGER NULL,
    webhook_url TEXT NULL,
    webhook_secret TEXT NULL
);
CREATE UNIQUE INDEX ix_api_keys_key_hash ON api_keys (key_hash);

CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    user_name TEXT NOT NULL,
    normalized_user_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_sign_in_at INTEGER NULL
);
CREATE UNIQUE INDEX ix_users_normalized_user_name ON users (normalized_user_name);

-- Which key started a job: its webhook hears when the job ends.
ALTER TABLE jobs ADD COLUMN owner_key_id TEXT NULL;

CREATE TABLE webhook_deliveries (
    id TEXT NOT NULL PRIMARY KEY,
    api_key_id TEXT NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    job_id TEXT NOT NULL,
    url TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_status_code INTEGER NULL,
    last_error TEXT NULL,
    created_at INTEGER NOT NULL,
    delivered_at INTEGER NULL
);
CREATE INDEX ix_webhook_deliveries_api_key_id_created_at ON webhook_deliveries (api_key_id, created_at);
