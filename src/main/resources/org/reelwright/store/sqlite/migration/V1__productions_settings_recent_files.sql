-- Reelwright workspace, schema version 1: every production in normalized tables, plus settings and recent files.
-- Conventions (docs/decisions/0004-workspace-store.md): ids are UUID text; enum values are their stable lower-case
-- ids; times are epoch milliseconds (UTC); exact amounts (BigDecimal) are their decimal text, so 12.50 stays 12.50;
-- small ordered lists that are always read and written with their owner are newline-separated text columns.
-- Scene and shot ids are unique only within a production (a duplicated production keeps them), hence the
-- composite keys. Order is an explicit position column; positions are not unique so that a reorder can be
-- written row by row.

CREATE TABLE production (
    id                     TEXT    NOT NULL PRIMARY KEY,
    title                  TEXT    NOT NULL,
    logline                TEXT    NOT NULL,
    genre                  TEXT    NOT NULL,
    visual_style           TEXT    NOT NULL,
    target_runtime_minutes REAL    NOT NULL,
    currency               TEXT    NOT NULL,
    start_date             TEXT    NOT NULL,
    working_days           TEXT    NOT NULL,
    holidays               TEXT    NOT NULL,
    contingency_percent    REAL    NOT NULL,
    dubbing_languages      TEXT    NOT NULL,
    subtitle_languages     TEXT    NOT NULL,
    festival_submissions   INTEGER NOT NULL,
    created_at             INTEGER NOT NULL,
    modified_at            INTEGER NOT NULL
);

CREATE TABLE exchange_rate (
    production_id TEXT NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    currency      TEXT NOT NULL,
    per_unit      TEXT NOT NULL,
    PRIMARY KEY (production_id, currency)
);

CREATE TABLE stage_dependency (
    production_id TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    before_stage  TEXT    NOT NULL,
    after_stage   TEXT    NOT NULL,
    lag_days      INTEGER NOT NULL,
    PRIMARY KEY (production_id, position)
);

CREATE TABLE stage_plan (
    production_id           TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    stage                   TEXT    NOT NULL,
    workflow                TEXT    NOT NULL,
    ai_tool                 TEXT,
    ai_share                REAL    NOT NULL,
    team_size               INTEGER NOT NULL,
    iteration_allowance     REAL    NOT NULL,
    real_performer_likeness INTEGER NOT NULL,
    PRIMARY KEY (production_id, stage)
);

CREATE TABLE rate_override (
    production_id TEXT    NOT NULL,
    stage         TEXT    NOT NULL,
    position      INTEGER NOT NULL,
    benchmark_id  TEXT    NOT NULL,
    low           TEXT    NOT NULL,
    likely        TEXT    NOT NULL,
    high          TEXT    NOT NULL,
    note          TEXT    NOT NULL,
    PRIMARY KEY (production_id, stage, position),
    FOREIGN KEY (production_id, stage) REFERENCES stage_plan (production_id, stage) ON DELETE CASCADE
);

CREATE TABLE scene (
    production_id  TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    id             TEXT    NOT NULL,
    position       INTEGER NOT NULL,
    number         TEXT    NOT NULL,
    int_ext        TEXT    NOT NULL,
    location       TEXT    NOT NULL,
    time_of_day    TEXT    NOT NULL,
    length_eighths INTEGER NOT NULL,
    characters     TEXT    NOT NULL,
    synopsis       TEXT    NOT NULL,
    PRIMARY KEY (production_id, id)
);

CREATE TABLE shot (
    production_id    TEXT    NOT NULL,
    id               TEXT    NOT NULL,
    scene_id         TEXT    NOT NULL,
    position         INTEGER NOT NULL,
    number           TEXT    NOT NULL,
    description      TEXT    NOT NULL,
    size             TEXT    NOT NULL,
    movement         TEXT    NOT NULL,
    duration_seconds REAL    NOT NULL,
    vfx              TEXT    NOT NULL,
    method           TEXT    NOT NULL,
    realistic_faces  INTEGER NOT NULL,
    notes            TEXT    NOT NULL,
    PRIMARY KEY (production_id, id),
    FOREIGN KEY (production_id, scene_id) REFERENCES scene (production_id, id) ON DELETE CASCADE
);

-- Loads a production's shots in order and serves the cascade when a scene is deleted.
CREATE INDEX shot_by_scene ON shot (production_id, scene_id, position);

CREATE TABLE setting (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE recent_file (
    path    TEXT    NOT NULL PRIMARY KEY,
    used_at INTEGER NOT NULL
);
