// expect: {"success": true, "output": {"before": true, "after": 0}}
// options: {}
// Teleporting ry(theta)|0> from qubit 0 to qubit 2, the classically controlled corrections written as cx/cz (deferred measurement); undoing ry on qubit 2 leaves it in |0>.
const theta = 1.1;
const c = LLMOS.quantum.createCircuit(3);
c.ry(0, theta);
c.h(1).cx(1, 2);
c.cx(0, 1).h(0);
c.cx(1, 2).cz(0, 2);
const one = (p) => p.reduce((s, v, i) => s + (i & 4 ? v : 0), 0);
const before = Math.abs(one(c.probabilities()) - Math.sin(theta / 2) ** 2) < 1e-12;
c.ry(2, -theta);
({ before, after: one(c.probabilities()) });
