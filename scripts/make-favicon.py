# Rasterises public/favicon.svg (its shapes are repeated below by hand; keep them in step) into app/favicon.ico
# with 16, 32 and 48 px PNG entries, without ImageMagick: python3 scripts/make-favicon.py app/favicon.ico /tmp/preview.png
import math, struct, zlib, sys

def hexc(h): return tuple(int(h[i:i+2], 16) for i in (1, 3, 5))
BLUE, PALE, WHITE, GREEN = hexc("#0062ba"), hexc("#e6f0fa"), hexc("#ffffff"), hexc("#06752c")

def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx-ax, by-ay
    t = max(0, min(1, ((px-ax)*dx + (py-ay)*dy) / (dx*dx + dy*dy)))
    return math.hypot(px-ax-t*dx, py-ay-t*dy)

def in_rrect(x, y, w, h, r):
    cx = min(max(x, r), w-r); cy = min(max(y, r), h-r)
    return 0 <= x <= w and 0 <= y <= h and math.hypot(x-cx, y-cy) <= r

def polyline(pts, width):
    segs = list(zip(pts, pts[1:]))
    return lambda x, y: any(seg_dist(x, y, *a, *b) <= width/2 for a, b in segs)

def circle(cx, cy, r): return lambda x, y: math.hypot(x-cx, y-cy) <= r

shapes = [
    (lambda x, y: in_rrect(x, y, 32, 32, 7), BLUE),
    (polyline([(7, 23), (13, 17), (19, 21), (25, 11)], 2.5), PALE),
    (circle(7, 23, 3), WHITE), (circle(13, 17, 3), WHITE), (circle(19, 21, 3), WHITE),
    (circle(25, 11, 5.25), WHITE), (circle(25, 11, 3.75), GREEN),
    (polyline([(22.8, 11.1), (24.4, 12.7), (27.3, 9.6)], 1.6), WHITE),
]

def render(size, ss=6):
    rows = []
    scale = 32 / size
    for j in range(size):
        row = bytearray()
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(ss):
                for si in range(ss):
                    x = (i + (si+0.5)/ss) * scale; y = (j + (sj+0.5)/ss) * scale
                    col = None
                    for test, c in shapes:
                        if test(x, y): col = c
                    if col:
                        acc[0] += col[0]; acc[1] += col[1]; acc[2] += col[2]; acc[3] += 1
            n = acc[3]
            row += bytes([acc[0]//n, acc[1]//n, acc[2]//n, 255*n//(ss*ss)]) if n else bytes(4)
        rows.append(bytes(row))
    return rows

def png(size):
    raw = b"".join(b"\0" + r for r in render(size))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

sizes = [16, 32, 48]
images = [png(s) for s in sizes]
out = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for s, data in zip(sizes, images):
    out += struct.pack("<BBBBHHII", s, s, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
out += b"".join(images)
open(sys.argv[1], "wb").write(out)
open(sys.argv[2], "wb").write(png(128))
