-- Seed content of the guide, written in our own words from two source articles.
-- Warning signs are general safety guidance, not taken from the sources.

-- Sources ------------------------------------------------------------------

INSERT INTO source (id, author, publisher, description) VALUES
(1, 'Dr. Nichelle Gurule', 'Live Loud Chiropractic, Lafayette, Colorado',
 'A chiropractor explains why mid and upper back pain is so common after having a baby, and shows five home exercises that combine strength, mobility and stretching.'),
(2, 'Thriving Mommas', 'Thriving Mommas',
 'A general guide to upper back pain in pregnancy and after birth: what causes it, how to ease it, which daily habits to change, and what helps over the long term.');

-- Release -------------------------------------------------------------------

INSERT INTO guide_release (id, reviewed_on) VALUES (1, DATE '2026-11-22');

-- Plan (home page) ----------------------------------------------------------

INSERT INTO plan_step (id, position, title, body, link_path) VALUES
(1, 1, 'Relieve the pain',
 'Start by calming sore muscles with moist heat. Then move your upper back gently, and try trigger-point release with a ball against a wall.',
 '/relief'),
(2, 2, 'Change your daily habits',
 'Notice what makes your back worse during the day and adjust it. Think tall, and squeeze your shoulder blades when you use your arms.',
 '/relief#daily-modifications'),
(3, 3, 'Strengthen and mobilize for the long term',
 'Your upper back needs to be strong and to move well. The five exercises mix strengthening, mobility work and stretching.',
 '/exercises');

-- Exercises -----------------------------------------------------------------

INSERT INTO exercise (id, slug, position, name, kind, summary, targets, why_it_helps, equipment,
                      starting_position, key_cue, common_mistake, when_to_stop, feeding_break,
                      feeding_break_note, source_id) VALUES
(1, 'banded-as', 1, 'Banded A''s', 'STRENGTH',
 'A slow resistance-band move that builds strength in your mid back to balance out the rounded posture of caring for a baby.',
 'Your mid-back muscles and lats, and the muscles that set your shoulder blades down and back.',
 'Holding, feeding and looking down at your baby leaves your mid-back muscles weak and stretched long, while your chest muscles get tight and short. Your body does best in balance, so strengthening the mid back helps even things out.',
 'A resistance band, plus a sturdy anchor for it: a banister, a desk leg or a kitchen-table leg',
 'Loop the band around a sturdy anchor. Hold it in both hands and stand in an athletic stance, balanced and ready to move.',
 'Lats on, shoulder blades down and back. Slow and steady.',
 NULL,
 'Stop if you feel sharp pain, numbness or tingling, or pain that builds as you go. If that keeps happening, contact your clinician.',
 FALSE, NULL, 1),

(2, 'double-chins', 2, 'Double chins', 'STRENGTH',
 'Press your head straight back into your hands to strengthen your neck. You can even do it against a wall while you feed your baby.',
 'Your neck muscles, by moving your head straight back (head retraction).',
 'Hours of looking down at your baby while you hold and feed strain your neck muscles. This move strengthens your neck by drawing your head back, the opposite of that head-down position.',
 NULL,
 'Sit or stand tall. Interlace your fingers and rest your hands behind your head.',
 'Move your head straight back, not down. Keep your chin level.',
 'Tucking the chin down toward the chest. Your head should travel straight back instead.',
 'Stop if you feel sharp pain, dizziness, numbness or tingling in your arms or hands, or pain that builds. Contact your clinician if it continues.',
 TRUE,
 'Feeding with your back against a wall? Gently press the back of your head straight into the wall, chin level, then relax.',
 1),

(3, 'thread-the-needle', 3, 'Thread the needle', 'MOBILITY',
 'A twist on your hands and knees that brings back the upper-back rotation that new-mom postures tend to take away.',
 'Rotation (twisting) through your thoracic spine, which is your upper and mid back.',
 'The rounded positions of holding and feeding a baby can restrict how your upper back moves. Not being able to twist through the upper back can cause pain, and this move works on getting that rotation back.',
 NULL,
 'On the floor in a table-top position: hands and knees down, back flat.',
 'Twist as far as you can, with control.',
 NULL,
 'Stop if you feel sharp pain, numbness or tingling, or pain that builds. Twist only as far as feels okay: a stretch is fine, pain is not.',
 FALSE, NULL, 1),

(4, 'thoracic-roll-out', 4, 'Thoracic foam roll-out', 'MOBILITY',
 'Roll your upper back over a foam roller to ease it out of a rounded, forward position and into extension.',
 'Mobility and extension (bending back) of your thoracic spine, with a chest stretch at the end.',
 'In the early months your upper back spends most of its time bent forward. Rolling over a foam roller helps it move more freely and get back into extension.',
 'A foam roller',
 'Lie on your back with the roller across the bottom of your thoracic spine, where your ribs end. Cross your arms over your chest or take them overhead.',
 'Keep your hips down as you rock back over the roller.',
 'Lifting your hips off the floor. Keep them down so the movement comes from your upper back.',
 'Stop if you feel sharp pain, numbness or tingling, or pain that builds. Ease off any spot that hurts rather than stretches.',
 FALSE, NULL, 1),

(5, 'couch-stretch', 5, 'Couch stretch', 'STRETCH',
 'Spread your arms on a couch and let your chest sink through to open your upper back and stretch tight chest muscles.',
 'Extension of your thoracic spine, plus a stretch for your pecs (chest muscles).',
 'In the early postpartum days your upper back is rounded forward much of the time, and tight pecs pull you further into that shape. This stretch opens your chest and brings your mid back into extension at the same time.',
 'A couch (or a doorway or a wall for the pec-stretch option)',
 'Face the couch, close enough to lay your arms out wide across it.',
 'Arms wide, then let your chest drop through.',
 NULL,
 'Stop if you feel sharp pain, or numbness or tingling in your arms or hands. A stretch can feel strong, but it should never hurt.',
 TRUE,
 'Between feeds, swap the couch for a doorway or a wall and do the pec stretch there, letting your chest open gently.',
 1);

INSERT INTO exercise_step (exercise_id, position, text, key_step) VALUES
(1, 1, 'Loop the band around something sturdy: a banister, a desk leg or a kitchen-table leg.', FALSE),
(1, 2, 'Hold the band in both hands and take an athletic stance.', FALSE),
(1, 3, 'Switch on your lats and set your shoulder blades down and back.', TRUE),
(1, 4, 'Slowly draw the band out into an A shape, taking about 5 seconds.', TRUE),
(1, 5, 'Take about 5 seconds to return, staying in control.', TRUE),

(2, 1, 'Sit or stand tall and interlace your fingers behind your head.', FALSE),
(2, 2, 'Press your head straight back into your hands.', TRUE),
(2, 3, 'Keep your chin level. Your head moves back; your chin does not tuck down.', TRUE),
(2, 4, 'Hold 1–2 seconds, then relax. Do 10. Or hold one press for 20–30 seconds.', TRUE),

(3, 1, 'Get down on the floor in a table-top position, on your hands and knees.', FALSE),
(3, 2, 'Put one hand behind your neck.', FALSE),
(3, 3, 'Turn and drive that elbow up toward the ceiling.', TRUE),
(3, 4, 'Then bring the elbow down and thread it through, under your body.', TRUE),
(3, 5, 'Rotate as far as you can each way. Then switch sides.', TRUE),

(4, 1, 'Lie back with the roller across the bottom of your thoracic spine, where your ribs end.', TRUE),
(4, 2, 'Cross your arms over your chest or reach them overhead, whichever you prefer.', FALSE),
(4, 3, 'Rock and pivot back over the roller. Keep your hips down.', TRUE),
(4, 4, 'Roll the roller a little higher up your back and repeat.', FALSE),
(4, 5, 'At the top of your back, relax your head and open your arms wide to stretch your chest.', TRUE),

(5, 1, 'Face the couch and lay your arms out wide across it.', TRUE),
(5, 2, 'Let your chest drop down through your arms.', TRUE),
(5, 3, 'Feel your mid back extend and your pecs stretch at the same time.', FALSE),
(5, 4, 'Come back up slowly when you are done.', FALSE);

INSERT INTO exercise_cue (exercise_id, position, text) VALUES
(1, 1, 'Turn on your lats before you move the band.'),
(1, 2, 'Keep your shoulder blades down and back.'),
(1, 3, 'Slow and controlled the whole time: about 5 seconds out, 5 seconds back.'),

(2, 1, 'Straight back, not down: your chin stays level.'),
(2, 2, 'Press firmly, but keep it comfortable.'),

(3, 1, 'Aim for as much rotation as you can get, up and through.'),
(3, 2, 'Move slowly and with control.'),

(4, 1, 'Hips stay on the floor the whole time.'),
(4, 2, 'Work up your back a little at a time.'),
(4, 3, 'At the top, relax your head and open your arms to stretch your pecs.'),

(5, 1, 'Let your chest sink; do not force it.'),
(5, 2, 'Feel the stretch across your chest and the opening in your mid back.');

INSERT INTO exercise_substitute (exercise_id, position, text) VALUES
(1, 1, 'Anchor the band around a kitchen-table leg.'),
(1, 2, 'Anchor the band around a desk leg.'),
(1, 3, 'Anchor the band around a banister.'),

(2, 1, 'Without your hands: move your head straight back on its own. There is less to press against, so it is gentler.'),
(2, 2, 'In the car: press your head back into the headrest.'),
(2, 3, 'While feeding: sit with your back to a wall and press your head back into it.'),

(5, 1, 'Pec stretch in a doorway.'),
(5, 2, 'Pec stretch against a wall.');

INSERT INTO exercise_dose (exercise_id, position, reps, hold_min_seconds, hold_max_seconds,
                           tempo_out_seconds, tempo_back_seconds, note) VALUES
(1, 1, NULL, NULL, NULL, 5, 5, NULL),
(2, 1, 10, 1, 2, NULL, NULL, NULL),
(2, 2, NULL, 20, 30, NULL, NULL, NULL);

-- Causes --------------------------------------------------------------------

INSERT INTO cause (id, slug, phase, position, title, body, source_id) VALUES
(1, 'center-of-gravity', 'PREGNANCY', 1, 'Your center of gravity shifts',
 'As your baby grows, your center of gravity changes. This can pull your shoulders forward and tighten your chest.', 2),
(2, 'breast-tissue', 'PREGNANCY', 2, 'More breast tissue',
 'Your breast tissue increases during pregnancy. Along with the shift in your balance, it can draw your shoulders forward.', 2),
(3, 'rounded-shoulders-tight-pecs', 'PREGNANCY', 3, 'Rounded shoulders and tight pecs',
 'Your shoulders can round forward and your pecs (chest muscles) can get tight. Caring for your baby after birth can do the same.', 2),
(4, 'stiff-upper-back', 'PREGNANCY', 4, 'A rounded, stiff upper back',
 'Your upper back can round and stiffen, during pregnancy and again after birth. When it cannot move much, it can hurt.', 2),
(5, 'feeding-and-holding-posture', 'POSTPARTUM', 5, 'The new-mom posture',
 'Suddenly you care for a baby around the clock: holding and rocking them, gazing at them, feeding them by bottle or breast, and holding them while they sleep. Your head is often down. Your neck muscles strain, your mid-back muscles get weak and stretched long, your pecs get tight and short, and your mid back stays rounded forward.', 1),
(6, 'lost-rotation-and-extension', 'POSTPARTUM', 6, 'Lost twist and extension',
 'A rounded, stiff upper back loses rotation (twisting) and extension (bending back), and that can hurt. Muscles that are weak, tight or both cannot do their job well, which can add to the pain.', 2),
(7, 'weakened-core', 'POSTPARTUM', 7, 'A weaker core',
 'Your core muscles stretch out over pregnancy and lose strength, especially in the belly. Some women still have diastasis after birth, which is a separation of the abdominal wall. With less support from your core, slouching comes more easily.', 1),
(8, 'fatigue', 'POSTPARTUM', 8, 'Tiredness',
 'You are tired, and fatigue plays a big part in back pain after birth.', 1),
(9, 'relaxin', 'POSTPARTUM', 9, 'Relaxin stays raised',
 'The hormone relaxin can stay elevated for up to five months after birth, and for up to a couple of months after breastfeeding.', 1),
(10, 'hormone-laxity', 'POSTPARTUM', 10, 'Looser connective tissue',
 'Hormones make your connective tissue looser (more lax).', 1),
(11, 'moving-less', 'POSTPARTUM', 11, 'Moving less',
 'You move less than before, partly because you are giving your body time to heal. Add lots of slouched time caring for your baby, and your back gets little movement.', 1),
(12, 'muscle-imbalance', 'ANY_TIME', 12, 'Muscle imbalance',
 'Your body works best in balance. If one area gets tight and another gets weak, aches and pains can follow. For the upper back, that means weak upper-back muscles and tight pecs.', 2);

INSERT INTO exercise_cause (exercise_id, cause_id) VALUES
(1, 5), (1, 12),
(2, 5),
(3, 4), (3, 6),
(4, 4), (4, 6),
(5, 3), (5, 12);

-- Relief --------------------------------------------------------------------

INSERT INTO relief_technique (id, slug, position, category, name, summary, dose, caution, in_routine, source_id) VALUES
(1, 'heat', 1, 'AT_HOME', 'Moist heat',
 'Warm, moist heat helps your back muscles relax. Use a warm compress or a heating pad, or soak in a hot bath.',
 '10–15 minutes (20 at most)',
 'Keep it warm, not hot, and protect your skin with a cloth. Do not fall asleep on a heating pad.',
 TRUE, 2),
(2, 'gentle-movement', 2, 'AT_HOME', 'Gentle movement',
 'Once the heat has relaxed your muscles, move your upper back in every direction.',
 '10 of each movement',
 'Move slowly and stay in a comfortable range. Stop if a movement causes sharp pain.',
 TRUE, 2),
(3, 'trigger-point-release', 3, 'AT_HOME', 'Trigger-point release',
 'Use a ball against a wall to roll out tight spots, or knots, around your shoulder blades.',
 '2–5 minutes',
 'Start gently and build up slowly. It should never be painful; ease off if it is. Keep the ball off your spine itself.',
 FALSE, 2),
(4, 'professional-care', 4, 'PROFESSIONAL', 'Professional care',
 'Besides what you do at home, chiropractic care, rehab exercise, massage and acupuncture can help. Everyone''s pain is different, so a plan made for you is ideal.',
 NULL,
 'This guide is general information, not medical advice. If you are worried about your health or your baby''s, talk with your doctor or clinician.',
 FALSE, 1);

INSERT INTO relief_step (technique_id, position, text) VALUES
(1, 1, 'Warm a compress or heating pad until it feels comfortably warm.'),
(1, 2, 'Lay it on your upper-back muscles for 10–15 minutes, and no longer than 20.'),
(1, 3, 'Or relax those muscles in a hot bath instead.'),
(1, 4, 'Then move on to gentle movement while your muscles are relaxed.'),

(2, 1, 'Twist your upper back to the left, then to the right.'),
(2, 2, 'Round your upper back, then arch it.'),
(2, 3, 'Tilt from side to side.'),
(2, 4, 'Do each movement 10 times.'),

(3, 1, 'Stand with your back to a wall.'),
(3, 2, 'Put a massage ball, lacrosse ball or golf ball between the wall and your back.'),
(3, 3, 'Find the knots, or tight muscles, around your shoulder blades.'),
(3, 4, 'Lean into the wall and roll the ball over them.'),
(3, 5, 'Begin with light pressure and add more little by little, keeping it pain-free.'),
(3, 6, 'Keep rolling for 2–5 minutes.'),

(4, 1, 'Consider chiropractic care, rehab exercise (like the moves in this guide), massage or acupuncture.'),
(4, 2, 'Ask for a plan built around your own pain and circumstances.'),
(4, 3, 'Keep up the home steps in this guide alongside any care you get.');

-- Daily modifications ---------------------------------------------------------

INSERT INTO daily_modification (id, position, title, body, source_id) VALUES
(1, 1, 'Change what aggravates it',
 'Notice which activities in your day make the pain worse, and adjust them. Better alignment, positions and movement patterns put less strain on your back, so you ache less.', 2),
(2, 2, 'Think tall',
 'Picture someone lifting you up by a ponytail. This simple reminder helps your posture.', 2),
(3, 3, 'Squeeze your shoulder blades',
 'Whenever you use your arms, like lifting or carrying your baby, squeeze your shoulder blades.', 2);

-- Long-term goals -------------------------------------------------------------

INSERT INTO long_term_goal (id, position, title, body, exercise_kind, source_id) VALUES
(1, 1, 'Strength and stability',
 'Your upper back is easy to forget, but it needs to be strong. Strengthening it, with moves like banded A''s and double chins, builds stability for lasting relief.',
 'STRENGTH', 2),
(2, 2, 'Mobility and flexibility',
 'Your upper back also needs to move well. Mobility work and stretching, like thread the needle, the foam roll-out and the couch stretch, keep it moving freely.',
 'MOBILITY', 2);

-- Warning signs (general safety guidance, not from the sources) ---------------

INSERT INTO warning_sign (id, position, urgency, text) VALUES
(1, 1, 'EMERGENCY', 'Chest pain or pressure, or trouble breathing: call emergency services now.'),
(2, 2, 'EMERGENCY', 'Sudden weakness or numbness in your legs, or loss of bladder or bowel control: call emergency services.'),
(3, 3, 'CLINICIAN', 'Contact your clinician if you have back pain with a fever, or you feel unwell.'),
(4, 4, 'CLINICIAN', 'Contact your clinician if you have numbness, tingling or weakness in your arms or hands.'),
(5, 5, 'CLINICIAN', 'Contact your clinician if the pain keeps getting worse or wakes you at night.'),
(6, 6, 'CLINICIAN', 'Contact your clinician if the pain started after a fall or an injury.'),
(7, 7, 'CLINICIAN', 'Contact your clinician if the pain is not easing after a couple of weeks.'),
(8, 8, 'CLINICIAN', 'Contact your clinician if you have back pain and a painful, red or hot area in a breast.'),
(9, 9, 'CLINICIAN', 'Contact your clinician about anything that worries you. It is always okay to ask.');
