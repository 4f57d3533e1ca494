-- Pictures that teach, second round (issue 24): thread the needle and banded A's redrawn after a blind test.
-- A position may be seen at three quarters: from above and to the side (on hands and knees, so the arm can be seen
-- to pass under the body) or from behind and to the side (so the band can be seen to run forward to its anchor).
-- Such a position gives the picture's offsets from the spine to the near shoulder and near hip joints.

ALTER TABLE figure_pose ADD COLUMN near_shoulder_dx DOUBLE PRECISION;
ALTER TABLE figure_pose ADD COLUMN near_shoulder_dy DOUBLE PRECISION;
ALTER TABLE figure_pose ADD COLUMN near_hip_dx DOUBLE PRECISION;
ALTER TABLE figure_pose ADD COLUMN near_hip_dy DOUBLE PRECISION;

-- Two new props: a floor mat under a figure seen from above, and a banister's post for the band. The kind's check
-- has no name (V4), so the column is replaced by one with a named check.
ALTER TABLE figure_prop ADD COLUMN prop_kind VARCHAR(10);
UPDATE figure_prop SET prop_kind = kind;
ALTER TABLE figure_prop DROP COLUMN kind;
ALTER TABLE figure_prop ALTER COLUMN prop_kind RENAME TO kind;
ALTER TABLE figure_prop ALTER COLUMN kind SET NOT NULL;
ALTER TABLE figure_prop ADD CONSTRAINT figure_prop_kind CHECK (kind IN ('ANCHOR', 'BAND', 'WALL', 'ROLLER', 'BALL',
    'COUCH', 'CHAIR', 'PAD', 'STOOL', 'ARROW', 'POST', 'MAT'));

-- Thread the needle, seen from above and to one side, on a mat: the far hand behind the neck, its elbow turned up to
-- the ceiling, then that arm threaded under the body along the floor towards the viewer, past the near hand, while
-- the shoulder and head come down toward the floor. (Made from a 3D pose turned to the view: yaw 15, pitch 30.)
UPDATE figure SET highlight = 'UPPER_BACK,FAR_ARM' WHERE id = 3;
UPDATE figure_pose SET pose_view = 'SIDE', twist = 0, hip_x = 0.00, hip_y = 44.59,
    near_shoulder_dx = -3.35, near_shoulder_dy = -6.25, near_hip_dx = -2.47, near_hip_dy = -4.61,
    lower_back = 96.2, upper_back = 96.2, neck = 75.0, head = 65.9, near_upper_arm = 359.2, near_forearm = 1.0, near_hand = 81.4, far_upper_arm = 139.2, far_forearm = 325.1, far_hand = 325.1, near_thigh = 0.0, near_shin = 262.4, near_foot = 270.0, far_thigh = 0.0, far_shin = 262.4, far_foot = 270.0
    WHERE id = 5;
UPDATE figure_pose SET pose_view = 'SIDE', twist = 0, hip_x = 0.00, hip_y = 44.59,
    near_shoulder_dx = 0.86, near_shoulder_dy = -12.57, near_hip_dx = -2.47, near_hip_dy = -4.61,
    lower_back = 96.2, upper_back = 98.0, neck = 85.3, head = 86.1, near_upper_arm = 333.1, near_forearm = 27.7, near_hand = 81.4, far_upper_arm = 160.7, far_forearm = 354.5, far_hand = 354.5, near_thigh = 0.0, near_shin = 262.4, near_foot = 270.0, far_thigh = 0.0, far_shin = 262.4, far_foot = 270.0
    WHERE id = 6;
UPDATE figure_pose SET pose_view = 'SIDE', twist = 0, hip_x = 0.00, hip_y = 44.59,
    near_shoulder_dx = 5.30, near_shoulder_dy = 4.15, near_hip_dx = -2.47, near_hip_dy = -4.61,
    lower_back = 96.2, upper_back = 47.6, neck = 32.5, head = 6.4, near_upper_arm = 352.5, near_forearm = 34.2, near_hand = 81.4, far_upper_arm = 346.1, far_forearm = 340.4, far_hand = 341.9, near_thigh = 0.0, near_shin = 262.4, near_foot = 270.0, far_thigh = 0.0, far_shin = 262.4, far_foot = 270.0
    WHERE id = 7;
DELETE FROM figure_tilt WHERE pose_id IN (5, 6, 7);
DELETE FROM figure_prop WHERE pose_id IN (5, 6, 7);
INSERT INTO figure_tilt (pose_id, segment, degrees) VALUES
(5, 'LOWER_BACK', 20.3),
(5, 'UPPER_BACK', 20.3),
(5, 'NECK', 8.5),
(5, 'HEAD', 2.7),
(5, 'NEAR_UPPER_ARM', 28.9),
(5, 'NEAR_FOREARM', 31.3),
(5, 'NEAR_HAND', 12.4),
(5, 'FAR_UPPER_ARM', 42.6),
(5, 'FAR_FOREARM', 59.8),
(5, 'FAR_HAND', 59.8),
(5, 'NEAR_THIGH', 30.0),
(5, 'NEAR_SHIN', 13.0),
(5, 'NEAR_FOOT', 17.2),
(5, 'FAR_THIGH', 30.0),
(5, 'FAR_SHIN', 13.0),
(5, 'FAR_FOOT', 17.2),
(6, 'LOWER_BACK', 20.3),
(6, 'UPPER_BACK', 16.7),
(6, 'NECK', 8.0),
(6, 'HEAD', 4.2),
(6, 'NEAR_UPPER_ARM', 14.3),
(6, 'NEAR_FOREARM', 57.4),
(6, 'NEAR_HAND', 12.4),
(6, 'FAR_UPPER_ARM', 12.0),
(6, 'FAR_FOREARM', 9.0),
(6, 'FAR_HAND', 9.0),
(6, 'NEAR_THIGH', 30.0),
(6, 'NEAR_SHIN', 13.0),
(6, 'NEAR_FOOT', 17.2),
(6, 'FAR_THIGH', 30.0),
(6, 'FAR_SHIN', 13.0),
(6, 'FAR_FOOT', 17.2),
(7, 'LOWER_BACK', 20.3),
(7, 'UPPER_BACK', 5.7),
(7, 'NECK', 8.0),
(7, 'HEAD', 49.1),
(7, 'NEAR_UPPER_ARM', 11.9),
(7, 'NEAR_FOREARM', 36.7),
(7, 'NEAR_HAND', 12.4),
(7, 'FAR_UPPER_ARM', 36.0),
(7, 'FAR_FOREARM', 57.3),
(7, 'FAR_HAND', 58.7),
(7, 'NEAR_THIGH', 30.0),
(7, 'NEAR_SHIN', 13.0),
(7, 'NEAR_FOOT', 17.2),
(7, 'FAR_THIGH', 30.0),
(7, 'FAR_SHIN', 13.0),
(7, 'FAR_FOOT', 17.2);
INSERT INTO figure_prop (pose_id, position, kind, x, y, size, angle) VALUES
(5, 1, 'MAT', 12.5, 16.9, 35.1, 82.4),
(6, 1, 'MAT', 12.5, 16.9, 35.1, 82.4),
(7, 1, 'MAT', 12.5, 16.9, 35.1, 82.4);
UPDATE figure SET description = 'Seen from above and to one side: on hands and knees on a mat, one hand behind the neck. The upper back turns so that the elbow points up to the ceiling. Then it turns the other way: that arm slides under the body along the floor, palm up, past the other hand, and the shoulder and head come down toward the floor.' WHERE id = 3;
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'figure.3.description', 'Seen from above and to one side: on hands and knees on a mat, one hand behind the neck. The upper back turns so that the elbow points up to the ceiling. Then it turns the other way: that arm slides under the body along the floor, palm up, past the other hand, and the shoulder and head come down toward the floor.',
 'Vista desde arriba y de lado: apoyada en manos y rodillas sobre una colchoneta, con una mano detrás del cuello. La parte alta de la espalda gira hasta que el codo apunta al techo. Luego gira hacia el otro lado: ese brazo pasa por debajo del cuerpo, a ras del suelo, con la palma hacia arriba, más allá de la otra mano, y el hombro y la cabeza bajan hacia el suelo.');

-- Banded A's, seen from behind and to one side, at eye level: the band, a flat strip, runs from each hand forward to
-- its loop on a banister's post in front of the person; the straight arms go from reaching forward (faint) down and
-- out into an A, hands below the hips, and the shoulder blades squeeze. (3D pose turned to the view: yaw -55.)
UPDATE figure_pose SET pose_view = 'BACK', twist = 0, hip_x = 0.00, hip_y = 52.06,
    near_shoulder_dx = 10.61, near_shoulder_dy = 0.00, near_hip_dx = 7.82, near_hip_dy = 0.00,
    lower_back = 178.7, upper_back = 178.7, neck = 178.4, head = 178.4, near_upper_arm = 75.8, near_forearm = 75.8, near_hand = 75.8, far_upper_arm = 79.9, far_forearm = 79.9, far_hand = 79.9, near_thigh = 6.3, near_shin = 356.1, near_foot = 80.2, far_thigh = 1.6, far_shin = 356.1, far_foot = 75.1
    WHERE id = 1;
UPDATE figure_pose SET pose_view = 'BACK', twist = 0, hip_x = 0.00, hip_y = 52.06,
    near_shoulder_dx = 10.61, near_shoulder_dy = 0.00, near_hip_dx = 7.82, near_hip_dy = 0.00,
    lower_back = 178.7, upper_back = 178.7, neck = 178.4, head = 178.4, near_upper_arm = 21.6, near_forearm = 21.6, near_hand = 21.6, far_upper_arm = 330.9, far_forearm = 330.9, far_hand = 330.9, near_thigh = 6.3, near_shin = 356.1, near_foot = 80.2, far_thigh = 1.6, far_shin = 356.1, far_foot = 75.1
    WHERE id = 2;
DELETE FROM figure_tilt WHERE pose_id IN (1, 2);
DELETE FROM figure_prop WHERE pose_id IN (1, 2);
INSERT INTO figure_tilt (pose_id, segment, degrees) VALUES
(1, 'LOWER_BACK', 1.9),
(1, 'UPPER_BACK', 1.9),
(1, 'NECK', 2.3),
(1, 'HEAD', 2.3),
(1, 'NEAR_UPPER_ARM', 61.1),
(1, 'NEAR_FOREARM', 61.1),
(1, 'NEAR_HAND', 61.1),
(1, 'FAR_UPPER_ARM', 47.7),
(1, 'FAR_FOREARM', 47.7),
(1, 'FAR_HAND', 47.7),
(1, 'NEAR_THIGH', 4.0),
(1, 'NEAR_SHIN', 5.6),
(1, 'NEAR_FOOT', 46.1),
(1, 'FAR_THIGH', 7.2),
(1, 'FAR_SHIN', 5.6),
(1, 'FAR_FOOT', 62.7),
(2, 'LOWER_BACK', 1.9),
(2, 'UPPER_BACK', 1.9),
(2, 'NECK', 2.3),
(2, 'HEAD', 2.3),
(2, 'NEAR_UPPER_ARM', 22.6),
(2, 'NEAR_FOREARM', 22.6),
(2, 'NEAR_HAND', 22.6),
(2, 'FAR_UPPER_ARM', 10.8),
(2, 'FAR_FOREARM', 10.8),
(2, 'FAR_HAND', 10.8),
(2, 'NEAR_THIGH', 4.0),
(2, 'NEAR_SHIN', 5.6),
(2, 'NEAR_FOOT', 46.1),
(2, 'FAR_THIGH', 7.2),
(2, 'FAR_SHIN', 5.6),
(2, 'FAR_FOOT', 62.7);
INSERT INTO figure_prop (pose_id, position, kind, x, y, size, angle) VALUES
(1, 1, 'POST', 43.0, 1.4, 70.0, 133.8),
(1, 2, 'BAND', 43.0, 67.4, 0, 0),
(2, 1, 'POST', 43.0, 1.4, 70.0, 133.8),
(2, 2, 'BAND', 43.0, 67.4, 0, 0);
UPDATE figure SET description = 'Seen from behind and a little to one side: standing with knees soft, holding a band that is looped round a banister post in front. The straight arms move from reaching forward at chest height down and out to the sides, so body and arms make the letter A and the shoulder blades squeeze together: about 5 seconds out and 5 back.' WHERE id = 1;
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'figure.1.description', 'Seen from behind and a little to one side: standing with knees soft, holding a band that is looped round a banister post in front. The straight arms move from reaching forward at chest height down and out to the sides, so body and arms make the letter A and the shoulder blades squeeze together: about 5 seconds out and 5 back.',
 'Vista de espalda y un poco de lado: de pie, con las rodillas un poco dobladas, sujetando una banda elástica enganchada al poste del barandal de una escalera, enfrente. Los brazos estirados bajan desde el frente, a la altura del pecho, y se abren hacia los lados hasta que el cuerpo y los brazos forman la letra A y los omóplatos se juntan: unos 5 segundos de ida y 5 de vuelta.');

-- The couch stretch in Spanish: what to feel and when to stop in fewer words, so that on a phone the top of the
-- figure is on the first screen under the stop line (the English is unchanged, so only the Spanish text changes).
UPDATE translation SET text = 'Se estira el pecho y se abre la parte media de la espalda.'
WHERE language = 'es' AND text_key IN ('safety_note.couch-stretch.feel', 'exercise.couch-stretch.feel');
UPDATE translation SET text = 'Detente si sientes dolor agudo, o entumecimiento u hormigueo en brazos o manos. El estiramiento puede ser intenso, pero no debe doler.'
WHERE language = 'es' AND text_key IN ('safety_note.couch-stretch.stop', 'exercise.couch-stretch.when_to_stop');
