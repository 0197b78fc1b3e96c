-- Jingles for spoken messages (issue 4). Files live in data/media/jingles/.
CREATE TABLE jingles (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    duration_seconds REAL NOT NULL,
    sha256 TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_jingles_role_name ON jingles (role, name);
