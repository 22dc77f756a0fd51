// expect: {"success": true, "output": 40}
// options: {"memoryLimitMb": 64}
// A circuit the artifact drops gives its memory back: 40 circuits of 16 MB one after another fit in 64 MB.
let made = 0;
for (let i = 0; i < 40; i++) {
  LLMOS.quantum.createCircuit(20).h(0);
  made++;
}
made;
