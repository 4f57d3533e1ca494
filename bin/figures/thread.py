import sys, math
sys.path.insert(0, __import__('os').path.dirname(__file__))
from pose3d import *
YAW, PITCH = float(sys.argv[1]), float(sys.argv[2])
cam = Camera(YAW, PITCH)
X = (1,0,0)
H = (0, 27.7, 0)
lower = norm((27.8, 7.5, 0))
W = add(H, lower, 11.0)
def ik(F, T, pole, a=18.6, b=14.6):
    D = min(math.dist(F, T), a + b - 0.01)
    d = norm(tuple(t - f for t, f in zip(T, F)))
    x = (a*a - b*b + D*D) / (2*D); h = math.sqrt(max(0, a*a - x*x))
    p = norm(add(pole, d, -dot(pole, d)))
    E = add(add(F, d, x), p, h)
    return norm(tuple(e - f for e, f in zip(E, F))), norm(tuple(t - e for t, e in zip(T, E)))
def make(theta, upper_dir, far, head_dir, neck_dir, near_target):
    up = norm(upper_dir)
    S = add(W, up, 17.8)
    axis = rot((0, 0, -1), X, theta)          # centre -> near (camera-side) shoulder
    axis = norm(add(axis, up, -dot(axis, up)))
    N = add(S, axis, 12.95); F = add(S, axis, -12.95)
    nu, nf = ik(N, near_target, norm((-0.3, 0, -1)))
    dirs = dict(LOWER_BACK=lower, UPPER_BACK=up, NECK=neck_dir, HEAD=head_dir,
                NEAR_UPPER_ARM=nu, NEAR_FOREARM=nf, NEAR_HAND=(1, -0.02, 0.0),
                NEAR_THIGH=(0, -1, 0), NEAR_SHIN=(-1, 0, 0), NEAR_FOOT=(-1, -0.15, 0),
                FAR_THIGH=(0, -1, 0), FAR_SHIN=(-1, 0, 0), FAR_FOOT=(-1, -0.15, 0))
    dirs.update(far(F, S, axis))
    return dirs, axis
def behind_neck(F, S, axis, lift):
    # the far hand behind the neck, elbow out to the far side; lift turns it up to the ceiling
    u0 = rot(norm((0.25, 0.15, 1)), X, -lift)
    E = add(F, u0, 18.6)
    neck_back = add(add(S, (1, 0, 0), 3.5), rot((0, 1, 0), X, -lift), 5.0)
    f = norm(tuple(a - b for a, b in zip(neck_back, E)))
    return dict(FAR_UPPER_ARM=u0, FAR_FOREARM=f, FAR_HAND=f)
def threaded(F, S, axis):
    # under the chest and along the floor to the near side, past the near hand, palm up
    dy = max(-0.9, (3.0 - F[1]) / 18.6)
    hz = math.sqrt(max(0, 1 - dy**2))
    return dict(FAR_UPPER_ARM=(0.05*hz, dy, -hz), FAR_FOREARM=norm((0.08, -0.02, -1)), FAR_HAND=norm((0.1, 0, -1)))
T0 = (27.8, 2.0, -12.95)
specs = [
  (2, 0, (27.8, 7.5, 0), lambda F,S,a: behind_neck(F,S,a,0), (1,-0.35,0), (1,-0.15,0), T0),
  (3, -50, (27.8, 7.5, 2), lambda F,S,a: behind_neck(F,S,a,60), (1,-0.1,0.3), (1,0,0.1), T0),
  (4, 70, (0.76, -0.62, -0.05), threaded, tuple(float(x) for x in sys.argv[3].split(',')) if len(sys.argv) > 3 else (0.35,-0.2,-1), (0.6,-0.6,-0.35), (38, 2.0, -15)),
]
out = []; Js = []
for step, th, ud, far, hd, nd, tgt in specs:
    dirs, axis = make(th, ud, far, hd, nd, tgt)
    J = world(H, dirs, axis, (0,0,-1)); Js.append(J)
    low = min(min(a[1], b[1]) for a, b in J.values())
    out.append(pose(cam, H, dirs, axis, (0,0,-1), step))
    print(step, 'lowest', round(low,1), 'far hand', [round(c,1) for c in J['FAR_HAND'][1]], 'near hand', [round(c,1) for c in J['NEAR_HAND'][1]], 'near shoulder', [round(c,1) for c in J['NEAR_UPPER_ARM'][0]], 'far shoulder', [round(c,1) for c in J['FAR_UPPER_ARM'][0]], file=sys.stderr)
k = shift_up(cam, Js, out)
mc = cam.pic((14, 0, -4)); mc = (mc[0], mc[1] + k)
v = cam.pic((1, 0, 0)); matang = math.degrees(math.atan2(v[0], -v[1])) % 360
for p in out:
    p['props'] = [('MAT', round(mc[0],1), round(mc[1],1), round(36*math.hypot(*v),1), round(matang,1))]
write('./thread.txt', 'thread-the-needle', 'UPPER_BACK,FAR_ARM', out)

open('./thread.sql','w').write(sql([5, 6, 7], out))
