-- Thread the needle, step 4 (issue 24): the source says to drive the elbow up, then "interlace it through"; the step
-- said to thread the elbow, while the figure (V15), which every fresh reader named right, shows the arm reaching
-- through under the body along the floor. The step now says both: the elbow comes down, then the arm goes through.
UPDATE exercise_step SET text = 'Then bring the elbow down and reach that arm through, under your body, along the floor.'
    WHERE exercise_id = 3 AND position = 4;
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'exercise_step.thread-the-needle.4.text',
 'Then bring the elbow down and reach that arm through, under your body, along the floor.',
 'Luego baja el codo y pasa ese brazo por debajo del cuerpo, deslizándolo por el suelo.');
