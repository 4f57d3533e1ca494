-- Banded A's seen almost straight from behind (yaw -72, 18 degrees off the back view; issue 24): both arms and both band
-- strands show, the post stands beside the body, clear of the hands, and the arms end down and out in a clear A.
-- Made with: bin/figures/banded.py -72 0 130.
UPDATE figure_pose SET pose_view = 'BACK', twist = 0, hip_x = 0.00, hip_y = 52.06,
    near_shoulder_dx = 12.32, near_shoulder_dy = 0.00, near_hip_dx = 9.08, near_hip_dy = 0.00,
    lower_back = 179.3, upper_back = 179.3, neck = 179.1, head = 179.1, near_upper_arm = 58.4, near_forearm = 58.4, near_hand = 58.4, far_upper_arm = 74.2, far_forearm = 74.2, far_hand = 74.2, near_thigh = 4.8, near_shin = 357.9, near_foot = 75.1, far_thigh = 359.4, far_shin = 357.9, far_foot = 54.2
    WHERE id = 1;
UPDATE figure_pose SET pose_view = 'BACK', twist = 0, hip_x = 0.00, hip_y = 52.06,
    near_shoulder_dx = 12.32, near_shoulder_dy = 0.00, near_hip_dx = 9.08, near_hip_dy = 0.00,
    lower_back = 179.3, upper_back = 179.3, neck = 179.1, head = 179.1, near_upper_arm = 24.3, near_forearm = 24.3, near_hand = 24.3, far_upper_arm = 332.5, far_forearm = 332.5, far_hand = 332.5, near_thigh = 4.8, near_shin = 357.9, near_foot = 75.1, far_thigh = 359.4, far_shin = 357.9, far_foot = 54.2
    WHERE id = 2;
DELETE FROM figure_tilt WHERE pose_id IN (1, 2);
DELETE FROM figure_prop WHERE pose_id IN (1, 2);
INSERT INTO figure_tilt (pose_id, segment, degrees) VALUES
(1, 'LOWER_BACK', 2.2),
(1, 'UPPER_BACK', 2.2),
(1, 'NECK', 2.7),
(1, 'HEAD', 2.7),
(1, 'NEAR_UPPER_ARM', 77.0),
(1, 'NEAR_FOREARM', 77.0),
(1, 'NEAR_HAND', 77.0),
(1, 'FAR_UPPER_ARM', 64.3),
(1, 'FAR_FOREARM', 64.3),
(1, 'FAR_HAND', 64.3),
(1, 'NEAR_THIGH', 5.6),
(1, 'NEAR_SHIN', 6.5),
(1, 'NEAR_FOOT', 62.7),
(1, 'FAR_THIGH', 7.4),
(1, 'FAR_SHIN', 6.5),
(1, 'FAR_FOOT', 78.4),
(2, 'LOWER_BACK', 2.2),
(2, 'UPPER_BACK', 2.2),
(2, 'NECK', 2.7),
(2, 'HEAD', 2.7),
(2, 'NEAR_UPPER_ARM', 13.6),
(2, 'NEAR_FOREARM', 13.6),
(2, 'NEAR_HAND', 13.6),
(2, 'FAR_UPPER_ARM', 2.5),
(2, 'FAR_FOREARM', 2.5),
(2, 'FAR_HAND', 2.5),
(2, 'NEAR_THIGH', 5.6),
(2, 'NEAR_SHIN', 6.5),
(2, 'NEAR_FOOT', 62.7),
(2, 'FAR_THIGH', 7.4),
(2, 'FAR_SHIN', 6.5),
(2, 'FAR_FOOT', 78.4);
INSERT INTO figure_prop (pose_id, position, kind, x, y, size, angle) VALUES
(1, 1, 'POST', 40.2, 1.4, 70.0, 150.7),
(1, 2, 'BAND', 40.2, 67.4, 0, 0),
(2, 1, 'POST', 40.2, 1.4, 70.0, 150.7),
(2, 2, 'BAND', 40.2, 67.4, 0, 0);
