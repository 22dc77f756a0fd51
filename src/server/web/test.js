// The seed's test page: its four tests, run live against POST /api/execute.
import { execute, kernelStatus } from './api.js';
import { formatBytes, formatMs } from './render.js';

const $ = (id) => document.getElementById(id);

// Each test: the seed's code, and checks of the result it expects. A check returns true, or a
// string saying what is wrong.
const tests = [
  {
    name: 'Test 1: Simple Execution',
    expect: "{ success: true, output: 4, logs: ['2 + 2 = 4'] }",
    code: "const result = 2 + 2;\nconsole.log('2 + 2 =', result);\nresult;",
    checks: [
      ['success is true', (r) => r.success === true],
      ['output is 4', (r) => r.output === 4],
      ["logs are ['2 + 2 = 4']", (r) => same(r.logs, ['2 + 2 = 4'])],
    ],
  },
  {
    name: 'Test 2: Console Methods',
    expect: 'All console calls captured separately',
    code: "console.log('Log message');\nconsole.warn('Warning message');\nconsole.error('Error message');\n'Done!';",
    checks: [
      ['success is true', (r) => r.success === true],
      ["output is 'Done!'", (r) => r.output === 'Done!'],
      ["logs are ['Log message']", (r) => same(r.logs, ['Log message'])],
      ["stderr is ['Warning message', 'Error message']", (r) => same(r.stderr, ['Warning message', 'Error message'])],
    ],
  },
  {
    name: 'Test 3: LLMOS APIs',
    expect: 'APIs work, return valid values',
    code: "const uid = LLMOS.utils.uid();\nconst clamped = LLMOS.utils.clamp(150, 0, 100);\nLLMOS.log.info('UID: ' + uid);\n{ uid, clamped };",
    checks: [
      ['success is true', (r) => r.success === true],
      ['clamp(150, 0, 100) is 100', (r) => r.output && r.output.clamped === 100],
      ['uid looks like 1703012345678-abc123', (r) => r.output && /^\d{13}-[0-9a-z]{6}$/.test(r.output.uid)],
      ["LLMOS.log.info logged 'UID: ' + uid", (r) => r.output && same(r.logs, ['UID: ' + r.output.uid])],
    ],
  },
  {
    name: 'Test 4: Error Handling',
    expect: '{ success: false, error: {...}, sandbox unaffected }',
    code: "throw new Error('Intentional error');",
    checks: [
      ['success is false', (r) => r.success === false],
      ["error.message is 'Error: Intentional error'", (r) => r.error && r.error.message === 'Error: Intentional error'],
      ['error is on line 1', (r) => r.error && r.error.line === 1],
      ['the sandbox is unaffected: 2 + 2 still gives 4', async () => {
        const again = await execute({ code: '2 + 2', artifactId: 'seed-test' });
        return again.ok && again.result.success && again.result.output === 4
          ? true : 'the next run gave ' + JSON.stringify(again.result || again.error);
      }],
    ],
  },
];

function same(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

function card(test, index) {
  const section = document.createElement('section');
  section.className = 'panel test-card';
  section.id = 'test-' + (index + 1);
  section.innerHTML = `<div class="head"><h2></h2><span class="badge running">running…</span><span class="spacer"></span>
    <span class="muted small metrics-line"></span></div>
    <pre class="code"></pre><div class="muted small">Expected: <span class="expect"></span></div>
    <ul class="checks"></ul><details><summary>Result JSON</summary><pre class="result"></pre></details>`;
  section.querySelector('h2').textContent = test.name;
  section.querySelector('pre.code').textContent = test.code;
  section.querySelector('.expect').textContent = test.expect;
  return section;
}

async function runTest(test, section) {
  const reply = await execute({ code: test.code, language: 'javascript', artifactId: 'seed-test' });
  const checks = section.querySelector('.checks');
  const lines = [];
  let passed = reply.ok;
  if (!reply.ok) {
    lines.push(['the API answered', `HTTP ${reply.status}: ${reply.error}`]);
  } else {
    for (const [label, check] of test.checks) {
      let outcome;
      try { outcome = await check(reply.result); } catch (e) { outcome = 'threw ' + e.message; }
      if (outcome !== true) passed = false;
      lines.push([label, outcome === true ? true : (typeof outcome === 'string' ? outcome : 'not so')]);
    }
    section.querySelector('pre.result').textContent = JSON.stringify(reply.result, null, 2);
    section.querySelector('.metrics-line').textContent =
      `${formatMs(reply.result.executionTime)} · ${formatBytes(reply.result.memoryUsed)} · round trip ${formatMs(reply.roundTripMs)}`;
  }
  checks.replaceChildren(...lines.map(([label, outcome]) => {
    const li = document.createElement('li');
    li.className = outcome === true ? 'pass' : 'fail';
    li.textContent = outcome === true ? label : `${label}: ${outcome}`;
    return li;
  }));
  const badge = section.querySelector('.badge');
  badge.className = 'badge ' + (passed ? 'ok' : 'fail');
  badge.textContent = passed ? 'pass' : 'fail';
  section.classList.remove('pass', 'fail');
  section.classList.add(passed ? 'pass' : 'fail');
  section.dataset.result = passed ? 'pass' : 'fail';
  return passed;
}

async function runAll() {
  const summary = $('summary');
  summary.textContent = 'running…';
  summary.className = 'summary';
  delete document.body.dataset.done;
  const list = $('tests');
  const cards = tests.map(card);
  list.replaceChildren(...cards);
  const started = performance.now();
  const results = await Promise.all(tests.map((t, i) => runTest(t, cards[i])));
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  summary.textContent = `${passed} passed, ${failed} failed`;
  summary.className = 'summary ' + (failed ? 'fail' : 'pass');
  $('summary-detail').textContent = `in ${formatMs(performance.now() - started)}`;
  document.body.dataset.done = 'true';
}

async function showKernel() {
  try {
    const s = await kernelStatus();
    $('kernel-pill').textContent = 'kernel ' + s.status;
    $('kernel-pill').className = 'pill ' + s.status;
    $('kernel-modules').replaceChildren(...Object.entries(s.modules || {}).map(([name, st]) => {
      const span = document.createElement('span');
      span.className = 'module ' + st;
      const dot = document.createElement('span');
      dot.className = 'dot';
      span.append(dot, `${name}: ${st}`);
      return span;
    }));
  } catch {
    $('kernel-pill').textContent = 'kernel unreachable';
    $('kernel-pill').className = 'pill error';
  }
}

$('rerun').addEventListener('click', runAll);
showKernel();
runAll();
