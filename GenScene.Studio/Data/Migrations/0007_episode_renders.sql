-- Which compose jobs belong to which episode (issue 5).
CREATE TABLE episode_renders (
    job_id TEXT NOT NULL PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    episode_id TEXT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_episode_renders_episode ON episode_renders (episode_id, created_at);
