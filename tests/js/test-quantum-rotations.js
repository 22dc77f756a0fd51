// expect: {"success": true, "output": {"maxError": 0, "rzKeepsProbabilities": true}}
// options: {}
// rx(theta) and ry(theta) on |0> give P(1) = sin^2(theta/2); rz changes only phases.
let maxError = 0;
for (const theta of [0, 0.1, Math.PI / 3, Math.PI / 2, 2, Math.PI, 5.5, -1]) {
  for (const gate of ['rx', 'ry']) {
    const c = LLMOS.quantum.createCircuit(1);
    c[gate](0, theta);
    const err = Math.abs(c.probabilities()[1] - Math.sin(theta / 2) ** 2);
    if (err > 1e-12) maxError = Math.max(maxError, err);
  }
}
const z = LLMOS.quantum.createCircuit(1).h(0).rz(0, 1.234);
const pz = z.probabilities();
({ maxError, rzKeepsProbabilities: Math.abs(pz[0] - 0.5) < 1e-12 && Math.abs(pz[1] - 0.5) < 1e-12 });
