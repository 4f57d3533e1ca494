-- The guided session ("Do it with me"): how its timers follow the sources' doses.
-- Exercises are timed from exercise_dose (tempo, holds, reps); an exercise with no dose gets a "take your time"
-- step with no target. These tables add only what the relief steps and one-sided exercises need.

-- A relief technique timed in minutes (alert_minutes: the low end of the source's range, reached with a soft alert;
-- end_minutes: the high end; stop_minutes: a hard limit past the range, when the source gives one) or counted
-- (each_count times each movement of relief_timer_movement).
CREATE TABLE relief_timer (
    technique_slug VARCHAR(80) PRIMARY KEY REFERENCES relief_technique (slug),
    kind           VARCHAR(10) NOT NULL CHECK (kind IN ('MINUTES', 'COUNT')),
    alert_minutes  INT,
    end_minutes    INT,
    stop_minutes   INT,
    each_count     INT,
    CHECK ((kind = 'MINUTES' AND alert_minutes IS NOT NULL AND end_minutes IS NOT NULL AND each_count IS NULL)
        OR (kind = 'COUNT' AND each_count IS NOT NULL AND alert_minutes IS NULL AND end_minutes IS NULL
            AND stop_minutes IS NULL))
);

-- The movements of a counted technique, each named with its directions.
CREATE TABLE relief_timer_movement (
    technique_slug VARCHAR(80)  NOT NULL REFERENCES relief_timer (technique_slug),
    position       INT          NOT NULL,
    text           VARCHAR(120) NOT NULL,
    PRIMARY KEY (technique_slug, position)
);

-- Exercises done on one side and then the other: the session prompts to switch sides.
CREATE TABLE exercise_side_switch (
    exercise_slug VARCHAR(80) PRIMARY KEY REFERENCES exercise (slug)
);

INSERT INTO relief_timer (technique_slug, kind, alert_minutes, end_minutes, stop_minutes, each_count) VALUES
('heat', 'MINUTES', 10, 15, 20, NULL),
('trigger-point-release', 'MINUTES', 2, 5, NULL, NULL),
('gentle-movement', 'COUNT', NULL, NULL, NULL, 10);

INSERT INTO relief_timer_movement (technique_slug, position, text) VALUES
('gentle-movement', 1, 'Twist to the left, then to the right'),
('gentle-movement', 2, 'Round your upper back, then arch it'),
('gentle-movement', 3, 'Tilt to one side, then the other');

INSERT INTO exercise_side_switch (exercise_slug) VALUES
('thread-the-needle');
