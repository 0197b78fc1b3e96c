-- Uploaded pictures, videos and sounds for episodes. Files live in data/media/assets/{sha[0..2]}/,
-- thumbnails in data/media/assets/thumbs/; one row per distinct content.
CREATE TABLE assets (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    width INTEGER NULL,
    height INTEGER NULL,
    duration_seconds REAL NULL,
    has_audio INTEGER NOT NULL,
    original_file_name TEXT NOT NULL,
    stored_file_name TEXT NOT NULL,
    thumbnail_file_name TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_assets_sha256 ON assets (sha256);
CREATE INDEX ix_assets_created_at ON assets (created_at);
