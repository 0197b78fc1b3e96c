-- Voices and speech (issue 4).
CREATE TABLE voices (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    provider_voice_id TEXT NOT NULL,
    language TEXT NOT NULL,
    gender TEXT NOT NULL,
    accent TEXT NULL,
    description TEXT NULL,
    stability REAL NOT NULL,
    similarity_boost REAL NOT NULL,
    style REAL NOT NULL,
    speaker_boost INTEGER NOT NULL,
    speed REAL NOT NULL,
    pitch INTEGER NOT NULL,
    enabled INTEGER NOT NULL,
    is_default INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_voices_provider_voice ON voices (provider, provider_voice_id);

-- Synthesized audio by content key; the files live in data/cache/audio.
CREATE TABLE audio_cache (
    key TEXT NOT NULL PRIMARY KEY,
    engine TEXT NOT NULL,
    relative_path TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    duration_seconds REAL NOT NULL,
    integrated_lufs REAL NULL,
    true_peak_db REAL NULL,
    loudness_range REAL NULL,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL
);
CREATE INDEX ix_audio_cache_last_used_at ON audio_cache (last_used_at);

-- One row per finished speech job: what was said, by which engine, and how loud the result measured.
CREATE TABLE speech_results (
    job_id TEXT NOT NULL PRIMARY KEY REFERENCES jobs (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    voice_id TEXT NOT NULL,
    engine TEXT NOT NULL,
    format TEXT NOT NULL,
    duration_seconds REAL NOT NULL,
    integrated_lufs REAL NULL,
    true_peak_db REAL NULL,
    loudness_range REAL NULL,
    cache_hits INTEGER NOT NULL,
    cache_misses INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_speech_results_created_at ON speech_results (created_at);
