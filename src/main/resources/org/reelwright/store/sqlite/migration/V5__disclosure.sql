-- Schema version 5: the AI disclosure register and consents (issue 16). One row per AI use the register keeps
-- (a stage, or one generated shot of a stage: shot_id is '' for a stage), in the register's order, with the
-- director's text, and one row per consent. Shot lists are list columns (ADR 0004). No foreign key to shot: an
-- entry outlives the shot it was about (it is kept, marked unused, never deleted by a plan change). Productions
-- stored before this version have recorded nothing, so both tables start empty.

CREATE TABLE disclosure_entry (
    production_id         TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    stage                 TEXT    NOT NULL,
    shot_id               TEXT    NOT NULL,
    shot_ids              TEXT    NOT NULL,
    contribution          TEXT    NOT NULL,
    frame_share           REAL    NOT NULL,
    likeness              TEXT    NOT NULL,
    tool                  TEXT    NOT NULL,
    vendor                TEXT    NOT NULL,
    model                 TEXT    NOT NULL,
    model_version         TEXT    NOT NULL,
    licence_tier          TEXT    NOT NULL,
    commercial_use        TEXT    NOT NULL,
    training_data_known   INTEGER NOT NULL,
    training_data_address TEXT    NOT NULL,
    output_ownership      TEXT    NOT NULL,
    prompted_by           TEXT    NOT NULL,
    selected_by           TEXT    NOT NULL,
    human_contribution    TEXT    NOT NULL,
    planned_on            TEXT,
    done_on               TEXT,
    in_plan               INTEGER NOT NULL,
    PRIMARY KEY (production_id, stage, shot_id)
);

CREATE TABLE consent (
    production_id      TEXT    NOT NULL REFERENCES production (id) ON DELETE CASCADE,
    id                 TEXT    NOT NULL,
    position           INTEGER NOT NULL,
    person             TEXT    NOT NULL,
    scope              TEXT    NOT NULL,
    media              TEXT    NOT NULL,
    territories        TEXT    NOT NULL,
    signed_on          TEXT,
    document_reference TEXT    NOT NULL,
    shot_ids           TEXT    NOT NULL,
    voice              INTEGER NOT NULL,
    PRIMARY KEY (production_id, id)
);
