import sys, math
sys.path.insert(0, __import__('os').path.dirname(__file__))
from pose3d import *
YAW, PITCH = float(sys.argv[1]), float(sys.argv[2])
POSTX = float(sys.argv[3]) if len(sys.argv) > 3 else 55
cam = Camera(YAW, PITCH)
H = (0, 50.7, 0)
def body(arm_near, arm_far):
    return dict(LOWER_BACK=(0.04, 1, 0), UPPER_BACK=(0.04, 1, 0), NECK=(0.05, 1, 0), HEAD=(0.05, 1, 0),
                NEAR_UPPER_ARM=arm_near, NEAR_FOREARM=arm_near, NEAR_HAND=arm_near,
                FAR_UPPER_ARM=arm_far, FAR_FOREARM=arm_far, FAR_HAND=arm_far,
                NEAR_THIGH=(0.12, -1, -0.05), NEAR_SHIN=(-0.12, -1, 0), NEAR_FOOT=(1, -0.12, -0.15),
                FAR_THIGH=(0.12, -1, 0.05), FAR_SHIN=(-0.12, -1, 0), FAR_FOOT=(1, -0.12, 0.15))
start = body((1, -0.12, 0.12), (1, -0.12, -0.12))
end = body((-0.1, -0.88, -0.45), (-0.1, -0.88, 0.45))
axis = (0, 0, -1)
out = []; Js = []
for step, dirs in ((2, start), (4, end)):
    J = world(H, dirs, axis, axis); Js.append(J)
    out.append(pose(cam, H, dirs, axis, axis, step, view='BACK'))
    print(step, 'near hand', [round(c,1) for c in J['NEAR_HAND'][1]], 'lowest', round(min(min(a[1], b[1]) for a, b in J.values()), 1), file=sys.stderr)
k = shift_up(cam, Js, out, margin=float(sys.argv[4]) if len(sys.argv) > 4 else 2.0)
# the floor is y = 0 in the world: its picture height (pitch 0) is the same everywhere
loop3 = (POSTX, 66, 0)
lp = cam.pic(loop3); base = cam.pic((POSTX, 0, 0)); top = cam.pic((POSTX, 70, 0))
rail = cam.pic((1, 0.55, 0.0)); railang = math.degrees(math.atan2(rail[0], -rail[1])) % 360
for p in out:
    p['props'] = [('POST', round(base[0],1), round(base[1] + k,1), round(top[1]-base[1],1), round(railang,1)),
                  ('BAND', round(lp[0],1), round(lp[1] + k,1), 0, 0)]
print('k', k, 'base', base, file=sys.stderr)
write('./banded.txt', 'banded-as', 'BLADES,NEAR_ARM,FAR_ARM', out)
open('./banded.sql','w').write(sql([1, 2], out))
