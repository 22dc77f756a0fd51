// `llmos mcp` driven by the official MCP TypeScript SDK client (@modelcontextprotocol/sdk):
//
//   node tests/mcp/client.mjs --llmos build/llmos [--modules DIR/node_modules]
//
// Connects over stdio, lists the tools and calls each (the client checks structuredContent
// against the tools' outputSchema), then prints "N passed, M failed". run.sh installs the SDK.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const llmos = path.resolve(args.llmos || 'build/llmos');
const modules = path.resolve(args.modules || path.join(here, 'node_modules'));
const require = createRequire(path.join(modules, 'x.js'));
const { Client } = require('@modelcontextprotocol/sdk/client/index.js');
const { StdioClientTransport } = require('@modelcontextprotocol/sdk/client/stdio.js');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
function assert(cond, what) {
  if (!cond) throw new Error(`assertion failed: ${what}`);
}
function assertEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}
const textOf = (result) => result.content.filter((c) => c.type === 'text').map((c) => c.text).join('\n');
const imagesOf = (result) => result.content.filter((c) => c.type === 'image');

test('the server introduces itself and negotiates a version it speaks', async (client) => {
  // The SDK asks for its newest version; llmos answers with that one or with its own newest.
  assert(['2025-11-25', '2025-06-18'].includes(negotiated), `negotiated version ${negotiated}`);
  console.log(`     (protocol version ${negotiated})`);
  assertEqual(client.getServerVersion().name, 'llmos', 'serverInfo.name');
  assert(client.getServerCapabilities().tools, 'tools capability');
  await client.ping();
});

test('tools/list gives the three tools with schemas', async (client) => {
  const { tools } = await client.listTools();
  assertEqual(tools.map((t) => t.name).sort(), ['kernel_status', 'run_javascript', 'run_python'], 'names');
  for (const t of tools.filter((x) => x.name.startsWith('run_'))) {
    assertEqual(t.inputSchema.required, ['code'], `${t.name} required`);
    assertEqual(t.inputSchema.properties.timeoutMs.type, 'integer', `${t.name} timeoutMs`);
    assert(t.outputSchema && t.outputSchema.properties.success, `${t.name} outputSchema`);
  }
});

test('run_javascript returns output, logs and the result JSON', async (client) => {
  const r = await client.callTool({
    name: 'run_javascript',
    arguments: { code: "console.log('2 + 2 =', 2 + 2);\n2 + 2", artifactId: 'sdk', timeoutMs: 5000, memoryLimitMb: 64 },
  });
  assert(!r.isError, 'not isError');
  assertEqual(r.structuredContent.output, 4, 'output');
  assertEqual(r.structuredContent.logs, ['2 + 2 = 4'], 'logs');
  assertEqual(r.structuredContent.artifactId, 'sdk', 'artifactId');
  assert(textOf(r).includes('Output: 4'), 'text has the output');
});

test('a failing artifact is a tool result with isError and its line:column', async (client) => {
  const r = await client.callTool({ name: 'run_javascript', arguments: { code: 'const a = 1;\n  y;' } });
  assertEqual(r.isError, true, 'isError');
  const e = r.structuredContent.error;
  assertEqual([e.name, e.line, e.column, e.kind], ['ReferenceError', 2, 3, 'runtime'], 'error');
  assert(textOf(r).includes('line 2:3'), `text has line 2:3: ${textOf(r)}`);
});

test('a canvas comes back as PNG image content', async (client) => {
  const r = await client.callTool({
    name: 'run_javascript',
    arguments: { code: "const c = LLMOS.viz.createCanvas(10,10); c.getContext('2d').fillRect(0,0,5,5); 1" },
  });
  const images = imagesOf(r);
  assertEqual(images.map((i) => i.mimeType), ['image/png'], 'mime types');
  assert(Buffer.from(images[0].data, 'base64').subarray(1, 4).toString() === 'PNG', 'PNG signature');
});

test('a plot comes back as SVG image content', async (client) => {
  const r = await client.callTool({ name: 'run_javascript', arguments: { code: 'LLMOS.viz.plot([1, 2, 3]); 0' } });
  const images = imagesOf(r);
  assertEqual(images.map((i) => i.mimeType), ['image/svg+xml'], 'mime types');
  assert(Buffer.from(images[0].data, 'base64').toString().includes('<svg'), 'SVG text');
});

test('run_python runs Python (or says why not)', async (client) => {
  const status = await client.callTool({ name: 'kernel_status', arguments: {} });
  const r = await client.callTool({ name: 'run_python', arguments: { code: "print('hi')\n6 * 7" } },
                                  undefined, { timeout: 120000 });
  assertEqual(r.structuredContent.language, 'python', 'language');
  if (status.structuredContent.modules.python === 'unavailable') {
    assertEqual(r.isError, true, 'isError without Python');
    return;
  }
  assert(!r.isError, `not isError: ${textOf(r)}`);
  assertEqual([r.structuredContent.output, r.structuredContent.logs], [42, ['hi']], 'output and logs');
});

test('kernel_status reports the kernel', async (client) => {
  const r = await client.callTool({ name: 'kernel_status', arguments: {} });
  assert(!r.isError, 'not isError');
  assert(['ready', 'degraded'].includes(r.structuredContent.status), 'status');
  assertEqual(r.structuredContent.stages.length, 6, 'six stages');
});

test('a call the client aborts is cancelled: the next call is answered at once', async (client) => {
  // The SDK sends notifications/cancelled when the request's signal aborts.
  const controller = new AbortController();
  const started = Date.now();
  const pending = client.callTool({ name: 'run_javascript', arguments: { code: 'while (true) {}', timeoutMs: 60000 } },
    undefined, { signal: controller.signal, timeout: 120000 });
  setTimeout(() => controller.abort('stop'), 300);
  let aborted = false;
  try {
    await pending;
  } catch {
    aborted = true;
  }
  assert(aborted, 'the aborted call rejects');
  const r = await client.callTool({ name: 'run_javascript', arguments: { code: '6 * 7' } });
  assertEqual(r.structuredContent.output, 42, 'the next call');
  assert(Date.now() - started < 20000, `answered in ${Date.now() - started} ms, not after the 60 s limit`);
});

test('an unknown tool and bad arguments are protocol errors (-32602)', async (client) => {
  for (const params of [{ name: 'no_such_tool', arguments: {} },
    { name: 'run_javascript', arguments: { code: '1', timeoutMs: 0 } },
    { name: 'run_javascript', arguments: {} }]) {
    let code = null;
    try {
      await client.callTool(params);
    } catch (e) {
      code = e.code;
    }
    assertEqual(code, -32602, `error code for ${JSON.stringify(params)}`);
  }
});

const data = mkdtempSync(path.join(tmpdir(), 'llmos-mcp-sdk-'));
const transport = new StdioClientTransport({ command: llmos, args: ['mcp', '--data-dir', data], stderr: 'pipe' });
let stderr = '';
let negotiated = null;
// The client hands the negotiated protocol version to transports that take it.
transport.setProtocolVersion = (version) => { negotiated = version; };
transport.stderr?.on('data', (chunk) => { stderr += chunk; });
const client = new Client({ name: 'llmos-sdk-test', version: '0.0.0' });
let failed = 0;
try {
  await client.connect(transport);
  for (const { name, fn } of tests) {
    try {
      await fn(client);
      console.log(`ok   ${name}`);
    } catch (e) {
      failed += 1;
      console.log(`FAIL ${name}: ${e.stack || e}`);
    }
  }
} catch (e) {
  failed = tests.length;
  console.log(`FAIL could not connect: ${e.stack || e}\n${stderr}`);
} finally {
  await client.close();
  rmSync(data, { recursive: true, force: true });
}
if (failed) console.log(`llmos mcp stderr:\n${stderr}`);
console.log(`${tests.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
