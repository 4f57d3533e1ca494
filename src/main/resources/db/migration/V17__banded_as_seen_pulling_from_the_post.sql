-- Banded A's seen from behind, to one side and a little from above (yaw -45, pitch 12; issue 24): the faint start
-- arms reach forward to the banister post, both band strands run from the hands to its loop, and one arrow follows the
-- near hand down and out. Nearly straight from behind (V16) a reader took it for a front view of a chest fly: the
-- start arms hid behind the body and the pull looked sideways.
-- Made with: bin/figures/banded.py -45 12 75.
UPDATE figure_pose SET pose_view = 'BACK', twist = 0, hip_x = 0.00, hip_y = 51.24,
    near_shoulder_dx = 9.16, near_shoulder_dy = -1.90, near_hip_dx = 6.75, near_hip_dy = -1.40,
    lower_back = 178.4, upper_back = 178.4, neck = 177.9, head = 177.9, near_upper_arm = 94.3, near_forearm = 94.3, near_hand = 94.3, far_upper_arm = 90.9, far_forearm = 90.9, far_hand = 90.9, near_thigh = 7.1, near_shin = 355.1, near_foot = 90.5, far_thigh = 3.0, far_shin = 355.1, far_foot = 94.9
    WHERE id = 1;
UPDATE figure_pose SET pose_view = 'BACK', twist = 0, hip_x = 0.00, hip_y = 51.24,
    near_shoulder_dx = 9.16, near_shoulder_dy = -1.90, near_hip_dx = 6.75, near_hip_dy = -1.40,
    lower_back = 178.4, upper_back = 178.4, neck = 177.9, head = 177.9, near_upper_arm = 14.7, near_forearm = 14.7, near_hand = 14.7, far_upper_arm = 334.3, far_forearm = 334.3, far_hand = 334.3, near_thigh = 7.1, near_shin = 355.1, near_foot = 90.5, far_thigh = 3.0, far_shin = 355.1, far_foot = 94.9
    WHERE id = 2;
DELETE FROM figure_tilt WHERE pose_id IN (1, 2);
DELETE FROM figure_prop WHERE pose_id IN (1, 2);
INSERT INTO figure_tilt (pose_id, segment, degrees) VALUES
(1, 'LOWER_BACK', 10.4),
(1, 'UPPER_BACK', 10.4),
(1, 'NECK', 10.0),
(1, 'HEAD', 10.0),
(1, 'NEAR_UPPER_ARM', 52.0),
(1, 'NEAR_FOREARM', 52.0),
(1, 'NEAR_HAND', 52.0),
(1, 'FAR_UPPER_ARM', 38.7),
(1, 'FAR_FOREARM', 38.7),
(1, 'FAR_HAND', 38.7),
(1, 'NEAR_THIGH', 14.7),
(1, 'NEAR_SHIN', 7.1),
(1, 'NEAR_FOOT', 37.0),
(1, 'FAR_THIGH', 18.8),
(1, 'FAR_SHIN', 7.1),
(1, 'FAR_FOOT', 53.7),
(2, 'LOWER_BACK', 10.4),
(2, 'UPPER_BACK', 10.4),
(2, 'NECK', 10.0),
(2, 'HEAD', 10.0),
(2, 'NEAR_UPPER_ARM', 11.5),
(2, 'NEAR_FOREARM', 11.5),
(2, 'NEAR_HAND', 11.5),
(2, 'FAR_UPPER_ARM', 25.3),
(2, 'FAR_FOREARM', 25.3),
(2, 'FAR_HAND', 25.3),
(2, 'NEAR_THIGH', 14.7),
(2, 'NEAR_SHIN', 7.1),
(2, 'NEAR_FOOT', 37.0),
(2, 'FAR_THIGH', 18.8),
(2, 'FAR_SHIN', 7.1),
(2, 'FAR_FOOT', 53.7);
INSERT INTO figure_prop (pose_id, position, kind, x, y, size, angle) VALUES
(1, 1, 'POST', 53.0, 12.7, 68.5, 134.1),
(1, 2, 'BAND', 53.0, 77.2, 0, 0),
(2, 1, 'POST', 53.0, 12.7, 68.5, 134.1),
(2, 2, 'BAND', 53.0, 77.2, 0, 0);
UPDATE figure SET description = 'Seen from behind, to one side and a little from above: standing with knees soft, holding a band that is looped round a banister post in front. The straight arms move from reaching forward to the post at chest height down and out to the sides, so body and arms make the letter A and the shoulder blades squeeze together: about 5 seconds out and 5 back.' WHERE id = 1;
MERGE INTO translation (language, text_key, english, text) KEY (language, text_key) VALUES
('es', 'figure.1.description', 'Seen from behind, to one side and a little from above: standing with knees soft, holding a band that is looped round a banister post in front. The straight arms move from reaching forward to the post at chest height down and out to the sides, so body and arms make the letter A and the shoulder blades squeeze together: about 5 seconds out and 5 back.',
 'Vista de espalda, de lado y un poco desde arriba: de pie, con las rodillas un poco dobladas, sujetando una banda elástica enganchada al poste del barandal de una escalera, enfrente. Los brazos estirados bajan desde el frente, hacia el poste y a la altura del pecho, y se abren hacia los lados hasta que el cuerpo y los brazos forman la letra A y los omóplatos se juntan: unos 5 segundos de ida y 5 de vuelta.');
