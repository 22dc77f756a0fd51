// The HTTP API of llmos serve, for the pages.

// POST /api/execute. Resolves to { ok, status, result | error, roundTripMs } and never throws for
// an HTTP error (the server explains those in JSON). Aborting `signal` drops the connection,
// which makes the server cancel the run: { ok: false, aborted: true }.
export async function execute({ code, language = 'javascript', artifactId = 'default', options, signal } = {}) {
  const body = { code, language, artifactId };
  if (options) body.options = options;
  const started = performance.now();
  const stopped = () => ({ ok: false, status: 0, aborted: true, roundTripMs: performance.now() - started });
  let response;
  try {
    response = await fetch('/api/execute', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (e) {
    if (signal && signal.aborted) return stopped();
    return { ok: false, status: 0, error: 'the server cannot be reached: ' + e.message,
             roundTripMs: performance.now() - started };
  }
  let text;
  try {
    text = await response.text();
  } catch (e) {
    if (signal && signal.aborted) return stopped();
    return { ok: false, status: response.status, error: 'the response was cut off: ' + e.message,
             roundTripMs: performance.now() - started };
  }
  const roundTripMs = performance.now() - started;
  let json = null;
  try { json = JSON.parse(text); } catch { /* reported below */ }
  if (!response.ok) {
    const message = json && json.error && json.error.message ? json.error.message : text || response.statusText;
    return { ok: false, status: response.status, error: message, roundTripMs };
  }
  if (!json) return { ok: false, status: response.status, error: 'the server sent a result that is not JSON', roundTripMs };
  return { ok: true, status: response.status, result: json, roundTripMs };
}

// GET /api/status.
export async function kernelStatus() {
  const response = await fetch('/api/status');
  if (!response.ok) throw new Error('GET /api/status: HTTP ' + response.status);
  return response.json();
}
