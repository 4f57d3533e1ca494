-- Translations keyed by the text they translate, not by its English wording (issue 21).
--
-- A content text is named by its key: the table, the row (its slug where it has one, the owner's slug and the
-- position for a child row, the id otherwise) and the column, as in 'exercise.banded-as.name',
-- 'exercise_step.banded-as.3.text' or 'warning_sign.13.text'. Each translation row also keeps the English it was made
-- from, so an English text edited later shows up as stale (TranslationCoverageTests names it) instead of silently
-- turning a Spanish page English. The Java catalogues ask for each text by the same key (Translator#text).
--
-- A translator adds or updates a row in the same migration as the English change:
--   MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
--   ('es', 'warning_sign.13.text', 'The English, exactly as in the content table.', 'El texto en español.');

CREATE TABLE translation (
    language VARCHAR(8)    NOT NULL REFERENCES language (code),
    text_key VARCHAR(120)  NOT NULL,
    english  VARCHAR(1500) NOT NULL,
    text     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (language, text_key)
);

-- Every text the catalogues translate today, by key, with the Spanish V7 gave its English wording.
INSERT INTO translation (language, text_key, english, text)
SELECT t.language, c.text_key, c.english, t.text
FROM (
    SELECT 'source.' || CAST(id AS VARCHAR) || '.author' AS text_key, author AS english FROM source
    UNION ALL SELECT 'source.' || CAST(id AS VARCHAR) || '.publisher', publisher FROM source
    UNION ALL SELECT 'source.' || CAST(id AS VARCHAR) || '.description', description FROM source
    UNION ALL SELECT 'source.' || CAST(id AS VARCHAR) || '.title', title FROM source
    UNION ALL SELECT 'source.' || CAST(id AS VARCHAR) || '.url', url FROM source
    UNION ALL SELECT 'plan_step.' || CAST(id AS VARCHAR) || '.title', title FROM plan_step
    UNION ALL SELECT 'plan_step.' || CAST(id AS VARCHAR) || '.body', body FROM plan_step
    UNION ALL SELECT 'exercise.' || slug || '.name', name FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.summary', summary FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.targets', targets FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.why_it_helps', why_it_helps FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.equipment', equipment FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.starting_position', starting_position FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.key_cue', key_cue FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.common_mistake', common_mistake FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.when_to_stop', when_to_stop FROM exercise
    UNION ALL SELECT 'exercise.' || slug || '.feeding_break_note', feeding_break_note FROM exercise
    UNION ALL SELECT 'exercise_step.' || e.slug || '.' || CAST(s.position AS VARCHAR) || '.text', s.text
        FROM exercise_step s JOIN exercise e ON e.id = s.exercise_id
    UNION ALL SELECT 'exercise_cue.' || e.slug || '.' || CAST(s.position AS VARCHAR) || '.text', s.text
        FROM exercise_cue s JOIN exercise e ON e.id = s.exercise_id
    UNION ALL SELECT 'exercise_substitute.' || e.slug || '.' || CAST(s.position AS VARCHAR) || '.text', s.text
        FROM exercise_substitute s JOIN exercise e ON e.id = s.exercise_id
    UNION ALL SELECT 'exercise_dose.' || e.slug || '.' || CAST(d.position AS VARCHAR) || '.note', d.note
        FROM exercise_dose d JOIN exercise e ON e.id = d.exercise_id
    UNION ALL SELECT 'long_term_goal.' || CAST(id AS VARCHAR) || '.title', title FROM long_term_goal
    UNION ALL SELECT 'long_term_goal.' || CAST(id AS VARCHAR) || '.body', body FROM long_term_goal
    UNION ALL SELECT 'cause.' || slug || '.title', title FROM cause
    UNION ALL SELECT 'cause.' || slug || '.body', body FROM cause
    UNION ALL SELECT 'relief_technique.' || slug || '.name', name FROM relief_technique
    UNION ALL SELECT 'relief_technique.' || slug || '.summary', summary FROM relief_technique
    UNION ALL SELECT 'relief_technique.' || slug || '.dose', dose FROM relief_technique
    UNION ALL SELECT 'relief_technique.' || slug || '.caution', caution FROM relief_technique
    UNION ALL SELECT 'relief_step.' || r.slug || '.' || CAST(s.position AS VARCHAR) || '.text', s.text
        FROM relief_step s JOIN relief_technique r ON r.id = s.technique_id
    UNION ALL SELECT 'daily_modification.' || CAST(id AS VARCHAR) || '.title', title FROM daily_modification
    UNION ALL SELECT 'daily_modification.' || CAST(id AS VARCHAR) || '.body', body FROM daily_modification
    UNION ALL SELECT 'safety_note.' || slug || '.feel', feel FROM safety_note
    UNION ALL SELECT 'safety_note.' || slug || '.stop', stop FROM safety_note
    UNION ALL SELECT 'safety_note.' || slug || '.caution', caution FROM safety_note
    UNION ALL SELECT 'warning_sign.' || CAST(id AS VARCHAR) || '.text', text FROM warning_sign
    UNION ALL SELECT 'warning_sign.' || CAST(id AS VARCHAR) || '.print_text', print_text FROM warning_sign
    UNION ALL SELECT 'figure.' || CAST(id AS VARCHAR) || '.description', description FROM figure
    UNION ALL SELECT 'figure_pose.' || CAST(id AS VARCHAR) || '.caption', caption FROM figure_pose
    UNION ALL SELECT 'relief_timer_movement.' || technique_slug || '.' || CAST(position AS VARCHAR) || '.text', text
        FROM relief_timer_movement
) c
JOIN text_translation t ON t.english = c.english
WHERE c.english IS NOT NULL AND c.english <> '';

DROP TABLE text_translation;

-- An address segment needs a row only where its translation differs: a slug, a query value or a file name with no
-- row keeps its English spelling ('a4' is 'a4' in Spanish). A page's first segment still has its row, identical or
-- not, since that row is what says the address is a page with a translated twin (not a file such as /css/...).
DELETE FROM path_translation WHERE english = segment AND english NOT IN ('error', 'manifest.webmanifest');

-- A former spelling of a segment in one language: an address that uses it answers 301 with the current one, so a
-- renamed Spanish slug keeps every link that was shared (the English slugs have exercise_alias).
CREATE TABLE path_alias (
    language VARCHAR(8)  NOT NULL REFERENCES language (code),
    segment  VARCHAR(80) NOT NULL,
    english  VARCHAR(80) NOT NULL,
    PRIMARY KEY (language, segment)
);
