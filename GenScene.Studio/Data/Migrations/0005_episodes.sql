-- Episodes and their scenes (issue 5).
CREATE TABLE episodes (
    id TEXT NOT NULL PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NULL,
    language TEXT NOT NULL,
    resolution TEXT NOT NULL,
    fps INTEGER NOT NULL,
    voice_id TEXT NULL,
    style_id TEXT NULL,
    music_asset_id TEXT NULL,
    music_level_db REAL NOT NULL,
    captions INTEGER NOT NULL,
    transition TEXT NOT NULL,
    transition_seconds REAL NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ix_episodes_updated_at ON episodes (updated_at);

CREATE TABLE scenes (
    id TEXT NOT NULL PRIMARY KEY,
    episode_id TEXT NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    voice_id TEXT NULL,
    voice_settings TEXT NULL,
    style_id TEXT NULL,
    asset_id TEXT NULL,
    motion TEXT NOT NULL,
    fit TEXT NOT NULL,
    padding_before_seconds REAL NOT NULL,
    padding_after_seconds REAL NOT NULL
);
CREATE INDEX ix_scenes_episode_position ON scenes (episode_id, position);
