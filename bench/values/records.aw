# Maps used as records: 1,000 particles {x, y, vx, vy} bouncing in a box of
# integer size for 1,000 steps (about 10 field reads/writes per particle and
# step). Same program: records.py / .js.
let n = int(env("N", "1000"))
let steps = n
let size = 10000

var seed = 7
let particles = []
for i in range(1000) {
    seed = (seed * 1103515245 + 12345) % 2147483648
    let x = seed // 65536 % size
    seed = (seed * 1103515245 + 12345) % 2147483648
    let y = seed // 65536 % size
    particles.append({x: x, y: y, vx: i % 41 - 20, vy: i % 37 - 18, bounces: 0})
}

for _ in range(steps) {
    for p in particles {
        p.x += p.vx
        p.y += p.vy
        if p.x < 0 or p.x >= size {
            p.vx = -p.vx
            p.x += 2 * p.vx
            p.bounces += 1
        }
        if p.y < 0 or p.y >= size {
            p.vy = -p.vy
            p.y += 2 * p.vy
            p.bounces += 1
        }
    }
}

var checksum = 0
var bounces = 0
for i, p in enumerate(particles) {
    checksum = (checksum + (p.x * 31 + p.y * 17 + p.vx + p.vy) * (i + 1)) % 1000000007
    bounces += p.bounces
}

print(len(particles), steps, bounces, checksum)
