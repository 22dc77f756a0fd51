// Browser tests of `llmos serve`: the code executor page and the seed's test page in Chromium.
//
//   node tests/browser/run.mjs --llmos build/llmos [--modules DIR/node_modules]
//                              [--chromium /usr/bin/chromium] [--screenshots build/browser-screenshots]
//
// Starts `llmos serve --port 0` with a scratch data dir, drives the pages with playwright-core
// (npm, tests only), saves a screenshot per test and exits non-zero when a test fails.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const llmos = path.resolve(args.llmos || 'build/llmos');
const modules = path.resolve(args.modules || path.join(here, 'node_modules'));
const chromiumPath = args.chromium || '/usr/bin/chromium';
const shots = path.resolve(args.screenshots || 'build/browser-screenshots');
mkdirSync(shots, { recursive: true });

const { chromium } = createRequire(path.join(modules, 'x.js'))('playwright-core');

// --- the server ---------------------------------------------------------------------------
function startServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'llmos-browser-'));
  const proc = spawn(llmos, ['serve', '--port', '0', '--data-dir', path.join(dataDir, 'data')],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  const log = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('llmos serve did not start:\n' + log.join('\n'))), 20000);
    createInterface({ input: proc.stderr }).on('line', (line) => {
      log.push(line);
      const m = /^llmos: serving on (http:\/\/\S+)$/.exec(line);
      if (m && log.length === 1) {
        clearTimeout(timer);
        resolve({ url: m[1], proc, log, dataDir });
      }
    });
    proc.on('exit', (code) => reject(new Error(`llmos serve exited with ${code}:\n` + log.join('\n'))));
  });
}

// --- a small harness ------------------------------------------------------------------------
const tests = [];
const test = (name, fn, shot) => tests.push({ name, fn, shot });
function assert(cond, message) { if (!cond) throw new Error(message); }
function assertEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

async function openExecutor(ctx, server) {
  const page = await ctx.newPage();
  await page.goto(server.url + '/');
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForFunction(() => document.querySelectorAll('#kernel-stages li').length === 6);
  return page;
}

async function runCode(page, code, { useKeyboard = false } = {}) {
  await page.fill('#code', code);
  if (useKeyboard) {
    await page.focus('#code');
    await page.keyboard.press('Control+Enter');
  } else {
    await page.click('#run');
  }
  await page.waitForFunction(() => {
    const b = document.getElementById('result-badge');
    return b.classList.contains('ok') || b.classList.contains('fail');
  });
}

test('the executor page loads with the kernel status and its six stages', async (page) => {
  const stages = await page.$$eval('#kernel-stages li .name', (els) => els.map((e) => e.textContent));
  assertEqual(stages, ['init-system', 'mount-volumes', 'load-js-runtime', 'init-python', 'load-stdlib', 'finalize'], 'stages');
  const pill = await page.textContent('#kernel-pill');
  assert(/kernel (ready|degraded)/.test(pill), 'kernel pill: ' + pill);
  const gutter = await page.$$eval('#gutter div:not(.gutter-pad)', (els) => els.length);
  const lines = await page.$eval('#code', (ta) => ta.value.split('\n').length);
  assertEqual(gutter, lines, 'line numbers in the gutter');
}, 'executor-initial');

test('code run through the page shows its value, logs and time', async (page) => {
  await runCode(page, "const result = 2 + 2;\nconsole.log('2 + 2 =', result);\nconsole.warn('careful');\nresult;");
  assertEqual(await page.textContent('#result-badge'), 'success', 'badge');
  assertEqual((await page.textContent('#output')).trim(), '4', 'output');
  const entries = await page.$$eval('#console li', (els) => els.map((e) => [e.className, e.querySelector('.text').textContent]));
  assertEqual(entries, [['entry log', '2 + 2 = 4'], ['entry stderr', 'careful']], 'console');
  assert(/ms$/.test(await page.textContent('#m-time')), 'execution time shown');
  assert(/B$/.test(await page.textContent('#m-memory')), 'memory shown');
}, 'executor-output');

test('Ctrl+Enter runs, and Tab indents with spaces', async (page) => {
  await page.fill('#code', '');
  await page.focus('#code');
  await page.keyboard.type('[1, 2, 3].map((x) => {');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('return x * 10;');
  await page.keyboard.press('Enter');
  await page.keyboard.type('})');
  const code = await page.$eval('#code', (ta) => ta.value);
  assert(code.includes('\n  return x * 10;'), 'Tab inserted two spaces: ' + JSON.stringify(code));
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.getElementById('result-badge').classList.contains('ok'));
  assertEqual(JSON.parse(await page.textContent('#output')), [10, 20, 30], 'output');
}, 'executor-keyboard');

test("an error's line is marked in the editor with line:column", async (page) => {
  await runCode(page, "const x = 10;\n  y = x + 5;  // ReferenceError\nx;", { useKeyboard: true });
  assert((await page.textContent('#result-badge')).startsWith('failed'), 'badge says failed');
  assertEqual(await page.textContent('#error-message'), 'ReferenceError: y is not defined', 'message');
  assertEqual(await page.textContent('#error-location'), 'line 2:3', 'location');
  const marked = await page.$$eval('#gutter div.error', (els) => els.map((e) => e.textContent));
  assertEqual(marked, ['2'], 'gutter line marked');
  assert(await page.isVisible('#line-mark'), 'the line is highlighted across the code');
  const top = await page.$eval('#line-mark', (el) => el.offsetTop);
  const lh = await page.$eval('#code', (ta) => parseFloat(getComputedStyle(ta).lineHeight));
  assert(Math.abs(top - (10 + lh)) <= 1, `highlight on the second line (top ${top}, line height ${lh})`);
  await page.click('#error-location');
  assertEqual(await page.textContent('#cursor'), '2:3', 'clicking the location moves the cursor there');
}, 'executor-error');

test('a canvas image is shown (and the DOM in a sandboxed frame)', async (page) => {
  await runCode(page, "const c = LLMOS.viz.createCanvas(100,100); const g = c.getContext('2d'); g.fillStyle='red'; g.fillRect(0,0,50,50);");
  assertEqual(await page.textContent('#result-badge'), 'success', 'badge');
  const img = await page.waitForSelector('#images img[data-image-id="canvas-1"]');
  await page.waitForFunction((el) => el.complete && el.naturalWidth > 0, img);
  const pixels = await img.evaluate((el) => {
    const c = document.createElement('canvas');
    c.width = el.naturalWidth;
    c.height = el.naturalHeight;
    const g = c.getContext('2d');
    g.drawImage(el, 0, 0);
    return { size: [c.width, c.height], red: [...g.getImageData(10, 10, 1, 1).data], clear: [...g.getImageData(90, 90, 1, 1).data] };
  });
  assertEqual(pixels.size, [100, 100], 'image size');
  assertEqual(pixels.red, [255, 0, 0, 255], 'pixel inside the red square');
  assertEqual(pixels.clear[3], 0, 'alpha outside it');
}, 'executor-canvas');

test("the artifact's DOM is rendered in a sandboxed frame, sanitized", async (page) => {
  await page.selectOption('#examples', { label: 'DOM' });
  await page.click('#run');
  await page.waitForFunction(() => document.getElementById('result-badge').classList.contains('ok'));
  assert(await page.isVisible('#dom-frame'), 'the frame is shown');
  assertEqual(await page.getAttribute('#dom-frame', 'sandbox'), '', 'frame sandboxed without scripts');
  const frame = await (await page.$('#dom-frame')).contentFrame();
  await frame.waitForSelector('h2', { state: 'attached' });
  assertEqual(await frame.textContent('h2'), 'Hello from the artifact', 'heading');
  assertEqual(await frame.$$eval('script, [onclick], a[href^="javascript"]', (els) => els.length), 0, 'no script, no handler');
  assert((await frame.textContent('p')).includes('both defused'), 'sanitized HTML kept its text');
  const csp = await frame.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert(csp.includes("default-src 'none'"), 'strict CSP in the frame: ' + csp);
}, 'executor-dom');

test('the examples menu loads the seed examples', async (page) => {
  await page.selectOption('#examples', { label: 'LLMOS APIs' });
  const code = await page.$eval('#code', (ta) => ta.value);
  assert(code.includes('LLMOS.utils.uid()'), 'LLMOS APIs example loaded');
  await page.click('#run');
  await page.waitForFunction(() => document.getElementById('result-badge').classList.contains('ok'));
  const out = JSON.parse(await page.textContent('#output'));
  assertEqual(out.clamped, 100, 'clamped');
  await page.selectOption('#examples', { label: 'Plot' });
  await runCode(page, await page.$eval('#code', (ta) => ta.value));
  await page.waitForSelector('#images img[data-image-id="plot-1"]');
}, 'executor-example-plot');

test('a request the server refuses is explained', async (page) => {
  await page.fill('#timeout', '0');
  await runCode(page, '1');
  assertEqual(await page.textContent('#result-badge'), 'HTTP 400', 'badge');
  assert((await page.textContent('#request-error')).includes('timeoutMs'), 'message names the option');
}, 'executor-bad-request');

test('Stop (or Esc) ends an endless run: the server cancels it and the next run is answered', async (page, server) => {
  await page.fill('#timeout', '60000');
  for (const how of ['button', 'Escape']) {
    await page.fill('#code', 'while (true) {}');
    await page.click('#run');
    await page.waitForSelector('#stop:not([hidden])');
    await page.waitForTimeout(300);
    if (how === 'button') await page.click('#stop');
    else await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.getElementById('result-badge').textContent === 'stopped', null, { timeout: 5000 });
    assert((await page.textContent('#request-error')).includes('cancelled'), 'says the run was cancelled');
    assert(await page.isHidden('#stop'), 'Stop is hidden again');
    const before = Date.now();
    await runCode(page, '6 * 7');
    assertEqual((await page.textContent('#output')).trim(), '42', 'the next run');
    assert(Date.now() - before < 10000, 'the next run did not wait for the endless one');
  }
  for (let i = 0; i < 50 && server.log.filter((l) => l.includes('the run is cancelled')).length < 2; ++i)
    await page.waitForTimeout(100);
  assertEqual(server.log.filter((l) => l.includes('the run is cancelled')).length, 2, 'the server cancelled both runs');
}, 'executor-stopped');

test('the test page reports 4 passed, 0 failed', async (page, server) => {
  await page.goto(server.url + '/test');
  await page.waitForSelector('body[data-done="true"]', { timeout: 20000 });
  assertEqual(await page.textContent('#summary'), '4 passed, 0 failed', 'summary');
  const cards = await page.$$eval('.test-card', (els) => els.map((e) => e.dataset.result));
  assertEqual(cards, ['pass', 'pass', 'pass', 'pass'], 'each test');
}, 'test-page');

// --- run ---------------------------------------------------------------------------------------
const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
let failed = 0;
try {
  for (const t of tests) {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const problems = [];
    ctx.on('page', (p) => {
      p.on('pageerror', (e) => problems.push('page error: ' + e.message));
      p.on('console', (m) => {
        // An HTTP error of the API is the browser's console message too; the tests check those.
        if (m.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4/.test(m.text()))
          problems.push('console error: ' + m.text());
      });
    });
    const page = await openExecutor(ctx, server);
    await page.evaluate(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
    });
    const started = Date.now();
    try {
      await t.fn(page, server);
      const violations = await page.evaluate(() => window.__cspViolations || []);
      assertEqual(violations, [], 'CSP violations');
      if (problems.length) throw new Error(problems.join('; '));
      console.log(`ok - ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${t.name}: ${e.message}`);
    } finally {
      await page.screenshot({ path: path.join(shots, t.shot + '.png'), fullPage: true });
      await ctx.close();
    }
  }
} finally {
  await browser.close();
  server.proc.kill('SIGTERM');
  await new Promise((r) => server.proc.once('exit', r));
  rmSync(server.dataDir, { recursive: true, force: true });
}
console.log(`${tests.length - failed} passed, ${failed} failed; screenshots in ${shots}`);
process.exit(failed ? 1 : 0);
