-- Banded A's seen almost straight from behind (yaw -70, 20 degrees off the back view; issue 24): both arms and both band
-- strands show, the post stands beside the body, and the arms end down and out in a clear A. bin/figures/banded.py -70 0 90.
UPDATE figure_pose SET pose_view = 'BACK', twist = 0, hip_x = 0.00, hip_y = 52.06,
    near_shoulder_dx = 12.17, near_shoulder_dy = 0.00, near_hip_dx = 8.97, near_hip_dy = 0.00,
    lower_back = 179.2, upper_back = 179.2, neck = 179.0, head = 179.0, near_upper_arm = 62.4, near_forearm = 62.4, near_hand = 62.4, far_upper_arm = 75.2, far_forearm = 75.2, far_hand = 75.2, near_thigh = 5.0, near_shin = 357.6, near_foot = 76.0, far_thigh = 359.7, far_shin = 357.6, far_foot = 59.2
    WHERE id = 1;
UPDATE figure_pose SET pose_view = 'BACK', twist = 0, hip_x = 0.00, hip_y = 52.06,
    near_shoulder_dx = 12.17, near_shoulder_dy = 0.00, near_hip_dx = 8.97, near_hip_dy = 0.00,
    lower_back = 179.2, upper_back = 179.2, neck = 179.0, head = 179.0, near_upper_arm = 33.5, near_forearm = 33.5, near_hand = 33.5, far_upper_arm = 323.2, far_forearm = 323.2, far_hand = 323.2, near_thigh = 5.0, near_shin = 357.6, near_foot = 76.0, far_thigh = 359.7, far_shin = 357.6, far_foot = 59.2
    WHERE id = 2;
DELETE FROM figure_tilt WHERE pose_id IN (1, 2);
DELETE FROM figure_prop WHERE pose_id IN (1, 2);
INSERT INTO figure_tilt (pose_id, segment, degrees) VALUES
(1, 'LOWER_BACK', 2.2),
(1, 'UPPER_BACK', 2.2),
(1, 'NECK', 2.7),
(1, 'HEAD', 2.7),
(1, 'NEAR_UPPER_ARM', 75.2),
(1, 'NEAR_FOREARM', 75.2),
(1, 'NEAR_HAND', 75.2),
(1, 'FAR_UPPER_ARM', 62.4),
(1, 'FAR_FOREARM', 62.4),
(1, 'FAR_HAND', 62.4),
(1, 'NEAR_THIGH', 5.4),
(1, 'NEAR_SHIN', 6.4),
(1, 'NEAR_FOOT', 60.7),
(1, 'FAR_THIGH', 7.4),
(1, 'FAR_SHIN', 6.4),
(1, 'FAR_FOOT', 76.7),
(2, 'LOWER_BACK', 2.2),
(2, 'UPPER_BACK', 2.2),
(2, 'NECK', 2.7),
(2, 'HEAD', 2.7),
(2, 'NEAR_UPPER_ARM', 17.3),
(2, 'NEAR_FOREARM', 17.3),
(2, 'NEAR_HAND', 17.3),
(2, 'FAR_UPPER_ARM', 6.4),
(2, 'FAR_FOREARM', 6.4),
(2, 'FAR_HAND', 6.4),
(2, 'NEAR_THIGH', 5.4),
(2, 'NEAR_SHIN', 6.4),
(2, 'NEAR_FOOT', 60.7),
(2, 'FAR_THIGH', 7.4),
(2, 'FAR_SHIN', 6.4),
(2, 'FAR_FOOT', 76.7);
INSERT INTO figure_prop (pose_id, position, kind, x, y, size, angle) VALUES
(1, 1, 'POST', 30.8, 1.4, 70.0, 148.1),
(1, 2, 'BAND', 30.8, 67.4, 0, 0),
(2, 1, 'POST', 30.8, 1.4, 70.0, 148.1),
(2, 2, 'BAND', 30.8, 67.4, 0, 0);
