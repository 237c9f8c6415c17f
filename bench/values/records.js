// Objects used as records: 1,000 particles {x, y, vx, vy} bouncing in a box
// of integer size for 1,000 steps (about 10 field reads/writes per particle
// and step). Same program: records.aw / .py.
const n = parseInt(process.env.N || "1000", 10);
const steps = n;
const size = 10000;

// (seed * 1103515245 + 12345) % 2^31, kept exact with 32-bit integer maths.
const next = (seed) => (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;

let seed = 7;
const particles = [];
for (let i = 0; i < 1000; i++) {
  seed = next(seed);
  const x = Math.floor(seed / 65536) % size;
  seed = next(seed);
  const y = Math.floor(seed / 65536) % size;
  particles.push({ x: x, y: y, vx: (i % 41) - 20, vy: (i % 37) - 18, bounces: 0 });
}

for (let s = 0; s < steps; s++) {
  for (const p of particles) {
    p.x += p.vx;
    p.y += p.vy;
    if (p.x < 0 || p.x >= size) {
      p.vx = -p.vx;
      p.x += 2 * p.vx;
      p.bounces += 1;
    }
    if (p.y < 0 || p.y >= size) {
      p.vy = -p.vy;
      p.y += 2 * p.vy;
      p.bounces += 1;
    }
  }
}

let checksum = 0;
let bounces = 0;
particles.forEach((p, i) => {
  checksum = (checksum + (p.x * 31 + p.y * 17 + p.vx + p.vy) * (i + 1)) % 1000000007;
  bounces += p.bounces;
});

console.log(particles.length, steps, bounces, checksum);
