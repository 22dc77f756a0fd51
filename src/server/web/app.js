// The code executor page (GET /).
import { execute, kernelStatus } from './api.js';
import { Editor } from './editor.js';
import { examples } from './examples.js';
import { renderAttempts, renderKernel, renderResult, showRequestError, showRunning, showStopped } from './render.js';

const $ = (id) => document.getElementById(id);
const STORE_KEY = 'llmos.editor';

const editor = new Editor({
  textarea: $('code'), gutter: $('gutter'), mark: $('line-mark'), cursor: $('cursor'), onRun: run,
});

let stopper = null;  // the AbortController of the run in flight, null between runs

function stop() {
  if (stopper) stopper.abort();
}

async function run() {
  if (stopper) return;
  stopper = new AbortController();
  const button = $('run');
  button.hidden = true;  // Stop takes its place
  $('stop').hidden = false;
  showRunning();
  const options = {};
  const timeout = Number($('timeout').value);
  const memory = Number($('memory').value);
  if ($('timeout').value !== '') options.timeoutMs = timeout;
  if ($('memory').value !== '') options.memoryLimitMb = memory;
  const fix = $('fix').checked;
  const maxAttempts = Math.min(10, Math.max(1, Number($('fix-attempts').value) || 3));
  if (fix) options.fix = { maxAttempts };
  // The response holds every attempt; until it comes, say what the server is doing. After the
  // first run's time has passed a failure means the model is being asked, so the status moves
  // on from "Attempt 1/N — running…" to "Attempt 2/N — asking the model to fix…".
  const status = $('fix-status');
  let ticker = null;
  if (fix) {
    status.hidden = false;
    status.textContent = 'Attempt 1/' + maxAttempts + ' — running…';
    const started = performance.now();
    const firstRunMs = Math.min(timeout || 5000, 2000);
    ticker = setInterval(() => {
      if (performance.now() - started > firstRunMs)
        status.textContent = 'Attempt 2/' + maxAttempts + ' — asking the model to fix…';
    }, 250);
  } else {
    status.hidden = true;
  }
  try {
    const reply = await execute({
      code: editor.value,
      language: $('language').value,
      artifactId: $('artifact-id').value.trim() || 'default',
      options,
      signal: stopper.signal,
    });
    if (ticker) clearInterval(ticker);
    if (reply.aborted) {
      status.hidden = true;
      showStopped(reply.roundTripMs);
      renderAttempts(null);
    } else if (reply.ok) {
      const r = reply.result;
      // The final code back in the editor, so the error line marks point into it.
      if (r.attempts && r.attempts.length > 1) {
        editor.value = r.attempts[r.attempts.length - 1].code;
        save();
      }
      renderResult(r, reply.roundTripMs, editor);
      renderAttempts(r, (code) => { editor.value = code; save(); });
    } else {
      showRequestError(reply.error, reply.status);
      renderAttempts(null);
    }
  } finally {
    if (ticker) clearInterval(ticker);
    stopper = null;
    $('stop').hidden = true;
    button.hidden = false;
    refreshKernel();
  }
}

async function refreshKernel() {
  try {
    renderKernel(await kernelStatus());
  } catch (e) {
    $('kernel-pill').textContent = 'kernel unreachable';
    $('kernel-pill').className = 'pill error';
  }
}

function loadExample(index) {
  const ex = examples[index];
  if (!ex) return;
  editor.value = ex.code;
  $('language').value = ex.language;
  save();
}

function save() {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify({ code: editor.value, language: $('language').value }));
  } catch { /* storage may be disabled */ }
}

function restore() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
    if (saved && typeof saved.code === 'string') {
      editor.value = saved.code;
      if (saved.language === 'javascript' || saved.language === 'python') $('language').value = saved.language;
      return true;
    }
  } catch { /* ignore a damaged entry */ }
  return false;
}

// The examples menu, grouped.
const select = $('examples');
const groups = new Map();
examples.forEach((ex, i) => {
  if (!groups.has(ex.group)) {
    const g = document.createElement('optgroup');
    g.label = ex.group;
    groups.set(ex.group, g);
    select.append(g);
  }
  const opt = document.createElement('option');
  opt.value = String(i);
  opt.textContent = ex.name;
  groups.get(ex.group).append(opt);
});
select.addEventListener('change', () => {
  if (select.value !== '') loadExample(Number(select.value));
  select.value = '';
});

$('run').addEventListener('click', run);
$('stop').addEventListener('click', stop);
$('code').addEventListener('input', save);
$('language').addEventListener('change', save);
$('kernel-refresh').addEventListener('click', refreshKernel);
$('error-location').addEventListener('click', (e) => {
  e.preventDefault();
  editor.goTo(Number(e.currentTarget.dataset.line), Number(e.currentTarget.dataset.column));
});
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && e.target !== $('code')) {
    e.preventDefault();
    run();
  } else if (e.key === 'Escape' && stopper) {
    e.preventDefault();
    stop();
  }
});

if (!restore()) loadExample(0);
refreshKernel();
document.body.dataset.ready = 'true';
