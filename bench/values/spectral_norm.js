// The benchmarks-game spectral-norm (n = 500 by default), printed rounded to
// 9 decimal places (shortest form, as Python's round(x, 9) prints). Same
// program: spectral_norm.aw / .py.
const n = parseInt(process.env.N || "500", 10);

function a(i, j) {
  return 1.0 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

function timesA(u) {
  const result = [];
  for (let i = 0; i < n; i++) {
    let s = 0.0;
    for (let j = 0; j < n; j++) {
      s += a(i, j) * u[j];
    }
    result.push(s);
  }
  return result;
}

function timesAt(u) {
  const result = [];
  for (let i = 0; i < n; i++) {
    let s = 0.0;
    for (let j = 0; j < n; j++) {
      s += a(j, i) * u[j];
    }
    result.push(s);
  }
  return result;
}

const timesAtA = (u) => timesAt(timesA(u));

let u = new Array(n).fill(1.0);
let v = [];
for (let k = 0; k < 10; k++) {
  v = timesAtA(u);
  u = timesAtA(v);
}

let vbv = 0.0;
let vv = 0.0;
for (let i = 0; i < n; i++) {
  vbv += u[i] * v[i];
  vv += v[i] * v[i];
}

console.log(Number(Math.sqrt(vbv / vv).toFixed(9)));
