// Renders an execution result (CONTRACT §2) and the kernel status (§6) into the page.
const $ = (id) => document.getElementById(id);

export function formatMs(ms) {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '—';
  if (ms < 1) return ms.toFixed(3) + ' ms';
  if (ms < 100) return ms.toFixed(2) + ' ms';
  if (ms < 10000) return ms.toFixed(0) + ' ms';
  return (ms / 1000).toFixed(1) + ' s';
}

export function formatBytes(n) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '—';
  if (n < 1024) return n + ' B';
  if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KB';
  return (n / (1024 * 1024)).toFixed(2) + ' MB';
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'className') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

// The artifact's DOM, as a document the sandboxed frame shows: no scripts (sandbox=""), and a
// policy that allows nothing but inline styles and data: images (defence behind the sanitizer).
export function domDocument(html) {
  return '<!doctype html><html><head><meta charset="utf-8">' +
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'">' +
    '<style>body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:12px;color:#1f2937}' +
    'img,canvas{max-width:100%}</style></head><body>' + html + '</body></html>';
}

export function showRequestError(message, status) {
  resetResult();
  $('result-badge').className = 'badge fail';
  $('result-badge').textContent = status ? 'HTTP ' + status : 'no connection';
  const box = $('request-error');
  box.textContent = message;
  box.hidden = false;
}

export function showStopped(roundTripMs) {
  resetResult();
  $('result-badge').className = 'badge fail';
  $('result-badge').textContent = 'stopped';
  const box = $('request-error');
  box.textContent = `Stopped after ${formatMs(roundTripMs)}: the server cancelled the run.`;
  box.hidden = false;
}

export function resetResult() {
  $('request-error').hidden = true;
  $('error-box').hidden = true;
  for (const id of ['console-section', 'images-section', 'dom-section']) $(id).hidden = true;
  $('output').textContent = '';
  $('output').className = 'output';
}

export function showRunning() {
  $('result-badge').className = 'badge running';
  $('result-badge').textContent = 'running…';
}

// `editor` marks the error's line; returns nothing.
export function renderResult(r, roundTripMs, editor) {
  resetResult();
  const badge = $('result-badge');
  if (r.success) {
    badge.className = 'badge ok';
    badge.textContent = 'success';
  } else {
    badge.className = 'badge fail';
    badge.textContent = 'failed' + (r.error && r.error.kind ? ' · ' + r.error.kind : '');
  }
  $('m-time').textContent = formatMs(r.executionTime);
  $('m-memory').textContent = formatBytes(r.memoryUsed);
  $('m-roundtrip').textContent = formatMs(roundTripMs);

  // Output
  const out = $('output');
  if (r.success) {
    out.textContent = r.output === null || r.output === undefined
      ? 'null (no value)' : JSON.stringify(r.output, null, 2);
    if (r.output === null || r.output === undefined) out.className = 'output empty';
  } else {
    out.textContent = 'no value: the artifact failed';
    out.className = 'output empty';
  }
  if (r.truncated && r.truncated.output) out.textContent += '\n… (truncated)';

  // Error
  if (!r.success && r.error) {
    const e = r.error;
    $('error-kind').textContent = e.kind || 'error';
    $('error-message').textContent = e.message || e.name || 'Error';
    const loc = $('error-location');
    if (Number.isInteger(e.line)) {
      const where = e.line + ':' + (Number.isInteger(e.column) ? e.column : 1);
      loc.textContent = 'line ' + where;
      loc.dataset.line = e.line;
      loc.dataset.column = Number.isInteger(e.column) ? e.column : 1;
      loc.parentElement.hidden = false;
      editor.markError(e.line);
    } else {
      loc.parentElement.hidden = true;
      editor.clearError();
    }
    $('error-stack').textContent = e.stack || e.message || '';
    $('error-box').hidden = false;
  } else {
    editor.clearError();
  }

  // Console: logs, then stderr (the result keeps the two streams apart).
  const entries = [
    ...(r.logs || []).map((text) => ({ level: 'log', text })),
    ...(r.stderr || []).map((text) => ({ level: 'stderr', text })),
  ];
  if (entries.length) {
    const list = $('console');
    list.replaceChildren(...entries.map((e) =>
      el('li', { className: 'entry ' + e.level }, el('span', { className: 'level', text: e.level === 'log' ? 'log' : 'warn/error' }),
        el('span', { className: 'text', text: e.text }))));
    if (r.truncated && (r.truncated.logs || r.truncated.stderr))
      list.append(el('li', { className: 'entry note', text: '… output past the 1 MB cap was cut' }));
    $('console-count').textContent = `${(r.logs || []).length} log · ${(r.stderr || []).length} stderr`;
    $('console-section').hidden = false;
  }

  // Images
  const images = r.images || [];
  if (images.length) {
    $('images').replaceChildren(...images.map((img) => {
      const src = 'data:' + img.mime + ';base64,' + img.data;
      return el('figure', { className: 'image' },
        el('img', { src, alt: img.id, width: String(img.width), height: String(img.height), 'data-image-id': img.id }),
        el('figcaption', { text: `${img.id} · ${img.width}×${img.height} · ${img.mime.replace('image/', '')}` }));
    }));
    $('images-count').textContent = String(images.length);
    $('images-section').hidden = false;
  }

  // DOM
  if (typeof r.dom === 'string' && r.dom.length) {
    $('dom-frame').srcdoc = domDocument(r.dom);
    $('dom-html').textContent = r.dom;
    $('dom-section').hidden = false;
  }
}

export function renderKernel(s) {
  const pill = $('kernel-pill');
  pill.textContent = 'kernel ' + s.status;
  pill.className = 'pill ' + s.status;
  $('kernel-summary').textContent = `v${s.version} · ${s.status} · booted in ${formatMs(s.bootDuration)}`;
  const mods = s.modules || {};
  $('kernel-modules').replaceChildren(...Object.entries(mods).map(([name, st]) =>
    el('span', { className: 'module ' + st }, el('span', { className: 'dot' }), `${name}: ${st}`)));
  $('kernel-stages').replaceChildren(...(s.stages || []).map((st, i) =>
    el('li', { className: 'stage ' + st.status, title: st.detail || '' },
      el('span', { className: 'num', text: String(i + 1) }),
      el('span', { className: 'name', text: st.name }),
      el('span', { className: 'status', text: st.status }),
      el('span', { className: 'dur', text: formatMs(st.durationMs) }),
      el('span', { className: 'detail', text: st.detail || '' }))));
  const srv = s.server;
  $('kernel-server').textContent = srv
    ? `server: ${srv.workers} workers, ${srv.busy} busy, ${srv.queued} queued, ${srv.executions} executions` +
      (srv.stuckWorkers ? `, ${srv.stuckWorkers} stuck` : '')
    : '';
}

// The attempts of a run with options.fix: the status line and the history list. `load(code)`
// puts an attempt's code into the editor. `r` null or without attempts hides both.
export function renderAttempts(r, load) {
  const section = $('attempts-section');
  const status = $('fix-status');
  const list = $('attempts-list');
  list.textContent = '';
  if (!r || !r.attempts) {
    section.hidden = true;
    status.hidden = true;
    return;
  }
  const max = r.fix ? r.fix.maxAttempts : r.attempts.length;
  status.hidden = false;
  status.textContent = r.fix ? r.fix.message : '';
  $('attempts-summary').textContent = r.attempts.length + ' of ' + max + ' attempts' +
      (r.fix ? ' · ' + r.fix.status : '');
  r.attempts.forEach((a, i) => {
    const li = document.createElement('li');
    li.className = a.success ? 'ok' : 'fail';
    const what = a.success ? 'success'
        : (a.error ? a.error.message + (a.error.line ? ' (line ' + a.error.line + ')' : '') : 'failed');
    li.textContent = 'Attempt ' + (i + 1) + '/' + max + (i > 0 ? ' (from the model)' : '') + ': ' + what;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'load code';
    button.addEventListener('click', () => load(a.code));
    li.appendChild(button);
    list.appendChild(li);
  });
  section.hidden = false;
  section.open = r.attempts.length > 1;
}
