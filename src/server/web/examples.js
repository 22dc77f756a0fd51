// Examples for the editor: the seed's (PHASE2-WASM-INTEGRATION.md) first, then the kernel's APIs.
export const examples = [
  { group: 'Seed', name: 'Simple execution', language: 'javascript', code:
`const result = 2 + 2;
console.log('2 + 2 =', result);
result;
` },
  { group: 'Seed', name: 'Console methods', language: 'javascript', code:
`console.log('Log message');
console.warn('Warning message');
console.error('Error message');
'Done!';
` },
  { group: 'Seed', name: 'LLMOS APIs', language: 'javascript', code:
`const uid = LLMOS.utils.uid();
const clamped = LLMOS.utils.clamp(150, 0, 100);
LLMOS.log.info('UID: ' + uid);
{ uid, clamped };
` },
  { group: 'Seed', name: 'Error handling', language: 'javascript', code:
`throw new Error('Intentional error');
` },
  { group: 'Seed', name: 'Basic execution', language: 'javascript', code:
`const x = 10;
const y = 20;
console.log('Sum:', x + y);
x + y;
` },
  { group: 'Seed', name: 'Using LLMOS APIs (storage)', language: 'javascript', code:
`// Generate unique ID
const id = LLMOS.utils.uid();

// Clamp value
const value = LLMOS.utils.clamp(150, 0, 100); // Returns 100

// Log to console (captured)
LLMOS.log.info('Generated ID: ' + id);
LLMOS.log.info('Clamped value: ' + value);

// Store data (scoped to this artifact)
await LLMOS.storage.set('config', { id, value });

// Retrieve data
const config = await LLMOS.storage.get('config');

// Return result
{ id, value, config };
` },
  { group: 'Seed', name: 'Reference error (line and column)', language: 'javascript', code:
`const x = 10;
  y = x + 5;  // ReferenceError: y is not defined
` },
  { group: 'Kernel', name: 'Canvas', language: 'javascript', code:
`const canvas = LLMOS.viz.createCanvas(240, 160);
const g = canvas.getContext('2d');
g.fillStyle = '#eef2ff';
g.fillRect(0, 0, 240, 160);
g.fillStyle = 'tomato';
g.fillRect(20, 20, 80, 80);
g.fillStyle = 'steelblue';
g.beginPath();
g.arc(160, 80, 50, 0, Math.PI * 2);
g.fill();
g.fillStyle = '#111';
g.font = 'bold 16px sans-serif';
g.fillText('llmos canvas', 60, 150);
'drawn';
` },
  { group: 'Kernel', name: 'Plot', language: 'javascript', code:
`const x = LLMOS.utils.range(0, 20);
LLMOS.viz.plot([
  { x, y: x.map(v => Math.sin(v / 3)), label: 'sin' },
  { x, y: x.map(v => Math.cos(v / 3)), label: 'cos' },
], { type: 'line', title: 'Waves', xlabel: 'x', ylabel: 'y' });
` },
  { group: 'Kernel', name: 'DOM', language: 'javascript', code:
`const card = LLMOS.dom.createElement('div', { className: 'card', style: 'padding: 12px; border: 1px solid #ccd; border-radius: 8px' });
LLMOS.dom.createElement('h2', { textContent: 'Hello from the artifact', parent: card });
LLMOS.dom.createElement('p', { textContent: 'Built with LLMOS.dom, rendered without scripts.', parent: card });
LLMOS.dom.setInnerHTML('p', '<b>Sanitized</b> HTML: <a href="javascript:alert(1)">a link</a>, ' +
  '<span onclick="alert(1)">a handler</span><script>alert(1)</script>, both defused.');
LLMOS.dom.querySelector('.card') !== null;
` },
  { group: 'Kernel', name: 'Quantum: Bell state', language: 'javascript', code:
`const qc = LLMOS.quantum.createCircuit(2);
qc.h(0);
qc.cx(0, 1);
qc.measure();
qc.run({ shots: 1000, seed: 42 });
` },
  { group: 'Kernel', name: 'Async and timers', language: 'javascript', code:
`const started = Date.now();
await LLMOS.utils.sleep(100);
const ticks = await new Promise(resolve => {
  let n = 0;
  const id = setInterval(() => { if (++n === 3) { clearInterval(id); resolve(n); } }, 10);
});
({ ticks, elapsedMs: Date.now() - started });
` },
  { group: 'Limits', name: 'Infinite loop (time limit)', language: 'javascript', code:
`let i = 0;
while (true) i++;
` },
  { group: 'Limits', name: 'Memory hog (memory limit)', language: 'javascript', code:
`const chunks = [];
while (true) chunks.push(new Array(1e6).fill(1));
` },
  { group: 'Python', name: 'Python: hello', language: 'python', code:
`import math
print('sqrt(2) =', math.sqrt(2))
sum(range(10))
` },
];
