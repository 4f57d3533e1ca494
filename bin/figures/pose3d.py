import math
L = dict(LOWER_BACK=11.0, UPPER_BACK=17.8, NECK=5.2, HEAD=13.0, NEAR_UPPER_ARM=18.6, NEAR_FOREARM=14.6, NEAR_HAND=8.0,
         FAR_UPPER_ARM=18.6, FAR_FOREARM=14.6, FAR_HAND=8.0, NEAR_THIGH=24.5, NEAR_SHIN=24.6, NEAR_FOOT=11.4,
         FAR_THIGH=24.5, FAR_SHIN=24.6, FAR_FOOT=11.4)
ORDER = list(L)
def norm(v):
    n = math.sqrt(sum(c*c for c in v)); return tuple(c/n for c in v)
def add(a,b,k=1): return tuple(x+k*y for x,y in zip(a,b))
def dot(a,b): return sum(x*y for x,y in zip(a,b))
def cross(a,b): return (a[1]*b[2]-a[2]*b[1], a[2]*b[0]-a[0]*b[2], a[0]*b[1]-a[1]*b[0])
def rot(v, axis, deg):
    # Rodrigues
    k = norm(axis); t = math.radians(deg); c, s = math.cos(t), math.sin(t)
    kv = cross(k, v); kd = dot(k, v)
    return tuple(v[i]*c + kv[i]*s + k[i]*kd*(1-c) for i in range(3))
class Camera:
    def __init__(self, yaw, pitch):
        p, e = math.radians(yaw), math.radians(pitch)
        self.c = (math.sin(p)*math.cos(e), math.sin(e), -math.cos(p)*math.cos(e))
        self.r = (math.cos(p), 0, math.sin(p))
        self.u = cross(self.r, self.c)
    def pic(self, v): return (dot(self.r, v), dot(self.u, v))
def pose(cam, hips, dirs, shoulder_axis, hip_axis, step, view='SIDE', twist=0, props=()):
    """dirs: bone -> 3D direction; shoulder_axis/hip_axis: unit 3D vector from centre to the NEAR joint."""
    out = {}
    for b in ORDER:
        d = norm(dirs[b]); v = cam.pic(tuple(L[b]*c for c in d))
        n = math.hypot(*v)
        ang = math.degrees(math.atan2(v[0], -v[1])) % 360
        tilt = math.degrees(math.acos(min(1, n / L[b])))
        if tilt < 0.05: tilt = 0
        out[b] = (round(ang, 1), round(tilt, 1))
    ns = cam.pic(tuple(12.95*c for c in norm(shoulder_axis)))
    nh = cam.pic(tuple(9.55*c for c in norm(hip_axis)))
    return dict(step=step, view=view, hips=cam.pic(hips), twist=twist, ang=out, ns=ns, nh=nh, props=list(props))
def joints(cam, p):
    pass
def write(path, slug, highlight, poses):
    with open(path, 'w') as f:
        f.write(f"FIGURE {slug} {highlight}\n")
        for p in poses:
            ns = p['ns']; nh = p['nh']
            f.write(f"POSE {p['step']} {p['view']} {p['hips'][0]:.2f} {p['hips'][1]:.2f} {p['twist']} {ns[0]:.2f} {ns[1]:.2f} {nh[0]:.2f} {nh[1]:.2f}\n")
            for b in ORDER:
                a, t = p['ang'][b]
                f.write(f"ANG {b} {a} {t}\n")
            for pr in p['props']:
                f.write("PROP " + " ".join(str(x) for x in pr) + "\n")
            f.write("END\n")
def world(p3, dirs, shoulder_axis, hip_axis):
    """3D joint positions, for checking contact with the floor."""
    J = {}
    def chain(start, bones):
        at = start
        for b in bones:
            e = add(at, norm(dirs[b]), L[b]); J[b] = (at, e); at = e
        return at
    w = chain(p3, ['LOWER_BACK']); s = chain(w, ['UPPER_BACK']); chain(s, ['NECK', 'HEAD'])
    chain(add(s, norm(shoulder_axis), 12.95), ['NEAR_UPPER_ARM', 'NEAR_FOREARM', 'NEAR_HAND'])
    chain(add(s, norm(shoulder_axis), -12.95), ['FAR_UPPER_ARM', 'FAR_FOREARM', 'FAR_HAND'])
    chain(add(p3, norm(hip_axis), 9.55), ['NEAR_THIGH', 'NEAR_SHIN', 'NEAR_FOOT'])
    chain(add(p3, norm(hip_axis), -9.55), ['FAR_THIGH', 'FAR_SHIN', 'FAR_FOOT'])
    return J

def shift_up(cam, poses_world, outs, margin=3.6):
    """Raise every picture so that the lowest joint is margin above zero (the same shift for all, so they line up)."""
    low = min(cam.pic(pt)[1] for J in poses_world for a, b in J.values() for pt in (a, b))
    k = margin - low
    for p in outs:
        p['hips'] = (p['hips'][0], p['hips'][1] + k)
    return k

def sql(ids, outs):
    rows = []
    for pid, p in zip(ids, outs):
        a = p['ang']
        sets = ", ".join(f"{b.lower()} = {a[b][0]}" for b in ORDER)
        rows.append(f"UPDATE figure_pose SET pose_view = '{p['view']}', twist = {p['twist']}, hip_x = {p['hips'][0]:.2f}, hip_y = {p['hips'][1]:.2f},\n    near_shoulder_dx = {p['ns'][0]:.2f}, near_shoulder_dy = {p['ns'][1]:.2f}, near_hip_dx = {p['nh'][0]:.2f}, near_hip_dy = {p['nh'][1]:.2f},\n    {sets}\n    WHERE id = {pid};")
    rows.append(f"DELETE FROM figure_tilt WHERE pose_id IN ({', '.join(map(str, ids))});")
    rows.append(f"DELETE FROM figure_prop WHERE pose_id IN ({', '.join(map(str, ids))});")
    tilts = []
    for pid, p in zip(ids, outs):
        for b in ORDER:
            if p['ang'][b][1] != 0:
                tilts.append(f"({pid}, '{b}', {p['ang'][b][1]})")
    rows.append("INSERT INTO figure_tilt (pose_id, segment, degrees) VALUES\n" + ",\n".join(tilts) + ";")
    props = []
    for pid, p in zip(ids, outs):
        for i, pr in enumerate(p['props']):
            props.append(f"({pid}, {i+1}, '{pr[0]}', {pr[1]}, {pr[2]}, {pr[3]}, {pr[4]})")
    rows.append("INSERT INTO figure_prop (pose_id, position, kind, x, y, size, angle) VALUES\n" + ",\n".join(props) + ";")
    return "\n".join(rows)
