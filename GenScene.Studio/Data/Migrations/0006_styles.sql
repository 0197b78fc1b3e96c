-- Visual styles (issue 6): the catalog, seeded on first start. palette and keywords are
-- comma-separated; look is the StyleLook JSON; version rises whenever the look changes.
CREATE TABLE styles (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    palette TEXT NOT NULL,
    keywords TEXT NOT NULL,
    demo_scene TEXT NOT NULL,
    caption_font TEXT NOT NULL,
    caption_color TEXT NOT NULL,
    caption_outline TEXT NOT NULL,
    default_transition TEXT NOT NULL,
    look TEXT NOT NULL,
    version INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX ix_styles_category ON styles (category);
