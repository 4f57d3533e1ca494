-- Content schema of the guide. Content is read-only at run time: it changes only through a new migration.

CREATE TABLE source (
    id          INT          PRIMARY KEY,
    author      VARCHAR(200) NOT NULL,
    publisher   VARCHAR(200) NOT NULL,
    description VARCHAR(500) NOT NULL
);

CREATE TABLE guide_release (
    id          INT  PRIMARY KEY,
    reviewed_on DATE NOT NULL
);

-- The order of things to do, shown on the home page (relieve, modify, strengthen and mobilise).
CREATE TABLE plan_step (
    id        INT          PRIMARY KEY,
    position  INT          NOT NULL,
    title     VARCHAR(120) NOT NULL,
    body      VARCHAR(600) NOT NULL,
    link_path VARCHAR(80)  NOT NULL
);

CREATE TABLE exercise (
    id                  INT           PRIMARY KEY,
    slug                VARCHAR(80)   NOT NULL UNIQUE,
    position            INT           NOT NULL,
    name                VARCHAR(120)  NOT NULL,
    kind                VARCHAR(20)   NOT NULL CHECK (kind IN ('STRENGTH', 'MOBILITY', 'STRETCH')),
    summary             VARCHAR(300)  NOT NULL,
    targets             VARCHAR(500)  NOT NULL,
    why_it_helps        VARCHAR(1000) NOT NULL,
    equipment           VARCHAR(300),
    starting_position   VARCHAR(500),
    key_cue             VARCHAR(300)  NOT NULL,
    common_mistake      VARCHAR(500),
    when_to_stop        VARCHAR(500),
    feeding_break       BOOLEAN       NOT NULL,
    feeding_break_note  VARCHAR(300),
    source_id           INT           NOT NULL REFERENCES source (id)
);

CREATE TABLE exercise_step (
    exercise_id INT          NOT NULL REFERENCES exercise (id),
    position    INT          NOT NULL,
    text        VARCHAR(500) NOT NULL,
    key_step    BOOLEAN      NOT NULL,
    PRIMARY KEY (exercise_id, position)
);

CREATE TABLE exercise_cue (
    exercise_id INT          NOT NULL REFERENCES exercise (id),
    position    INT          NOT NULL,
    text        VARCHAR(300) NOT NULL,
    PRIMARY KEY (exercise_id, position)
);

CREATE TABLE exercise_substitute (
    exercise_id INT          NOT NULL REFERENCES exercise (id),
    position    INT          NOT NULL,
    text        VARCHAR(300) NOT NULL,
    PRIMARY KEY (exercise_id, position)
);

-- One row per way of dosing an exercise; an exercise may offer two (for example reps with short holds, or one long hold).
-- Every number is nullable: a number the sources do not give stays empty.
CREATE TABLE exercise_dose (
    exercise_id        INT          NOT NULL REFERENCES exercise (id),
    position           INT          NOT NULL,
    reps               INT,
    hold_min_seconds   INT,
    hold_max_seconds   INT,
    tempo_out_seconds  INT,
    tempo_back_seconds INT,
    note               VARCHAR(300),
    PRIMARY KEY (exercise_id, position)
);

-- Former slugs of an exercise; each answers with a permanent redirect to the current one.
CREATE TABLE exercise_alias (
    old_slug    VARCHAR(80) PRIMARY KEY,
    exercise_id INT         NOT NULL REFERENCES exercise (id)
);

CREATE TABLE cause (
    id        INT           PRIMARY KEY,
    slug      VARCHAR(80)   NOT NULL UNIQUE,
    phase     VARCHAR(20)   NOT NULL CHECK (phase IN ('PREGNANCY', 'POSTPARTUM', 'ANY_TIME')),
    position  INT           NOT NULL,
    title     VARCHAR(160)  NOT NULL,
    body      VARCHAR(1200) NOT NULL,
    source_id INT           NOT NULL REFERENCES source (id)
);

CREATE TABLE exercise_cause (
    exercise_id INT NOT NULL REFERENCES exercise (id),
    cause_id    INT NOT NULL REFERENCES cause (id),
    PRIMARY KEY (exercise_id, cause_id)
);

CREATE TABLE relief_technique (
    id         INT          PRIMARY KEY,
    slug       VARCHAR(80)  NOT NULL UNIQUE,
    position   INT          NOT NULL,
    category   VARCHAR(20)  NOT NULL CHECK (category IN ('AT_HOME', 'PROFESSIONAL')),
    name       VARCHAR(120) NOT NULL,
    summary    VARCHAR(400) NOT NULL,
    dose       VARCHAR(200),
    caution    VARCHAR(400),
    in_routine BOOLEAN      NOT NULL,
    source_id  INT          NOT NULL REFERENCES source (id)
);

CREATE TABLE relief_step (
    technique_id INT          NOT NULL REFERENCES relief_technique (id),
    position     INT          NOT NULL,
    text         VARCHAR(400) NOT NULL,
    PRIMARY KEY (technique_id, position)
);

CREATE TABLE daily_modification (
    id        INT          PRIMARY KEY,
    position  INT          NOT NULL,
    title     VARCHAR(120) NOT NULL,
    body      VARCHAR(600) NOT NULL,
    source_id INT          NOT NULL REFERENCES source (id)
);

CREATE TABLE long_term_goal (
    id            INT          PRIMARY KEY,
    position      INT          NOT NULL,
    title         VARCHAR(120) NOT NULL,
    body          VARCHAR(600) NOT NULL,
    exercise_kind VARCHAR(20)  NOT NULL CHECK (exercise_kind IN ('STRENGTH', 'MOBILITY')),
    source_id     INT          NOT NULL REFERENCES source (id)
);

-- When to get help: cautious, widely accepted safety guidance (not from the sources).
CREATE TABLE warning_sign (
    id       INT          PRIMARY KEY,
    position INT          NOT NULL,
    urgency  VARCHAR(20)  NOT NULL CHECK (urgency IN ('EMERGENCY', 'CLINICIAN')),
    text     VARCHAR(400) NOT NULL
);
