#!/usr/bin/env python3
"""`llmos mcp` at the protocol level: JSON-RPC 2.0 over newline-delimited stdio, driven through
pipes with hand-written messages, good and bad (README "MCP")."""
import base64
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

LLMOS = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else "build/llmos"
CANVAS = "const c = LLMOS.viz.createCanvas(10,10); c.getContext('2d').fillRect(0,0,5,5); 1"


class Server:
    """One `llmos mcp` process; every line it writes on stdout is collected."""

    def __init__(self, env=None):
        self.data = tempfile.mkdtemp(prefix="llmos-mcp-test-")
        self.proc = subprocess.Popen([LLMOS, "mcp", "--data-dir", self.data], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     env=None if env is None else {**os.environ, **env})
        self.lines = queue.Queue()
        self.stderr = b""
        self.readers = [threading.Thread(target=self._read_stdout, daemon=True),
                        threading.Thread(target=self._read_stderr, daemon=True)]
        for t in self.readers:
            t.start()
        self.next_id = 0

    def _read_stdout(self):
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def _read_stderr(self):
        self.stderr = self.proc.stderr.read()

    def send_raw(self, data: bytes):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, message):
        self.send_raw(json.dumps(message).encode() + b"\n")

    def recv(self, timeout=60):
        line = self.lines.get(timeout=timeout)
        if line is None:
            raise EOFError("llmos mcp closed its stdout")
        assert line.endswith(b"\n"), line
        return json.loads(line)

    def request(self, method, params=None, timeout=60):
        self.next_id += 1
        message = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            message["params"] = params
        self.send(message)
        response = self.recv(timeout)
        assert response.get("id") == self.next_id, response
        return response

    def nothing_pending(self, wait=0.5):
        try:
            line = self.lines.get(timeout=wait)
        except queue.Empty:
            return True
        raise AssertionError(f"unexpected output: {line!r}")

    def initialize(self, version="2025-06-18"):
        r = self.request("initialize", {"protocolVersion": version, "capabilities": {},
                                        "clientInfo": {"name": "test", "version": "0"}})
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        return r

    def call(self, name, arguments=None, timeout=60):
        params = {"name": name}
        if arguments is not None:
            params["arguments"] = arguments
        return self.request("tools/call", params, timeout)

    def close(self, timeout=30):
        """Closes stdin (EOF) and returns the exit code."""
        if not self.proc.stdin.closed:
            self.proc.stdin.close()
        rc = self.proc.wait(timeout=timeout)
        self.release()
        return rc

    def release(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for t in self.readers:
            t.join(timeout=10)
        for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            f.close()
        shutil.rmtree(self.data, ignore_errors=True)


class McpTest(unittest.TestCase):
    def setUp(self):
        self.s = Server()

    def tearDown(self):
        self.s.release()

    def text_of(self, result):
        texts = [c["text"] for c in result["content"] if c["type"] == "text"]
        self.assertEqual(len(texts), 1)
        return texts[0]


class Lifecycle(McpTest):
    def test_initialize_known_version(self):
        for version in ("2025-06-18", "2025-03-26", "2024-11-05"):
            r = self.s.request("initialize", {"protocolVersion": version, "capabilities": {},
                                              "clientInfo": {"name": "t", "version": "1"}})
            self.assertEqual(r["jsonrpc"], "2.0")
            result = r["result"]
            self.assertEqual(result["protocolVersion"], version)
            self.assertEqual(result["serverInfo"]["name"], "llmos")
            self.assertIn("tools", result["capabilities"])
        self.assertEqual(self.s.close(), 0)

    def test_initialize_unknown_version_gets_latest(self):
        r = self.s.initialize("1999-01-01")
        self.assertEqual(r["result"]["protocolVersion"], "2025-06-18")

    def test_initialize_without_version_is_invalid_params(self):
        r = self.s.request("initialize", {"capabilities": {}})
        self.assertEqual(r["error"]["code"], -32602)

    def test_ping(self):
        self.s.initialize()
        self.assertEqual(self.s.request("ping")["result"], {})

    def test_notifications_get_no_reply(self):
        self.s.initialize()
        self.s.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        self.s.send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 9}})
        self.s.send({"jsonrpc": "2.0", "method": "no/such/notification"})
        self.s.send({"jsonrpc": "2.0", "method": "tools/call", "params": {"name": "nope"}})  # no id
        self.s.nothing_pending()
        self.assertEqual(self.s.request("ping")["result"], {})

    def test_eof_exits_zero_and_stdout_is_only_protocol(self):
        self.s.initialize()
        self.s.call("run_javascript", {"code": "console.log('to logs'); console.error('to stderr'); 1"})
        self.s.call("run_python", {"code": "print('hello'); import sys; print('e', file=sys.stderr)"})
        self.assertEqual(self.s.close(), 0)
        # every line recv() saw was JSON; nothing else is left
        while True:
            line = self.s.lines.get(timeout=5)
            if line is None:
                break
            json.loads(line)


class Tools(McpTest):
    def setUp(self):
        super().setUp()
        self.s.initialize()

    def test_list(self):
        tools = {t["name"]: t for t in self.s.request("tools/list")["result"]["tools"]}
        self.assertEqual(set(tools), {"run_javascript", "run_python", "kernel_status"})
        for name in ("run_javascript", "run_python"):
            schema = tools[name]["inputSchema"]
            self.assertEqual(schema["type"], "object")
            self.assertEqual(schema["required"], ["code"])
            self.assertEqual(schema["properties"]["code"]["type"], "string")
            self.assertEqual(schema["properties"]["timeoutMs"]["maximum"], 60000)
            self.assertEqual(schema["properties"]["memoryLimitMb"]["maximum"], 1024)
            self.assertIn("outputSchema", tools[name])
            self.assertTrue(tools[name]["description"])
        self.assertEqual(tools["kernel_status"]["inputSchema"]["type"], "object")

    def test_run_javascript(self):
        r = self.s.call("run_javascript", {"code": "console.log('2 + 2 =', 2+2); console.warn('w'); 2+2",
                                           "artifactId": "calc", "timeoutMs": 2000, "memoryLimitMb": 64})
        result = r["result"]
        self.assertFalse(result["isError"])
        sc = result["structuredContent"]
        self.assertEqual((sc["success"], sc["output"], sc["logs"], sc["stderr"], sc["artifactId"], sc["language"]),
                         (True, 4, ["2 + 2 = 4"], ["w"], "calc", "javascript"))
        text = self.text_of(result)
        self.assertIn("Output: 4", text)
        self.assertIn("2 + 2 = 4", text)
        self.assertIn("w", text)

    def test_failing_artifact_is_error_result(self):
        r = self.s.call("run_javascript", {"code": "let x = 1;\nlet z = 2;\n  y + 1;"})
        self.assertNotIn("error", r)
        result = r["result"]
        self.assertTrue(result["isError"])
        e = result["structuredContent"]["error"]
        self.assertEqual((e["name"], e["line"], e["column"], e["kind"]), ("ReferenceError", 3, 3, "runtime"))
        text = self.text_of(result)
        self.assertIn("line 3:3", text)
        self.assertIn("ReferenceError: y is not defined", text)

    def test_syntax_error_and_timeout(self):
        r = self.s.call("run_javascript", {"code": "let = ;"})["result"]
        self.assertTrue(r["isError"])
        self.assertEqual(r["structuredContent"]["error"]["kind"], "syntax")
        r = self.s.call("run_javascript", {"code": "for(;;){}", "timeoutMs": 200})["result"]
        self.assertTrue(r["isError"])
        self.assertEqual(r["structuredContent"]["error"]["kind"], "timeout")

    def test_canvas_gives_png_image(self):
        result = self.s.call("run_javascript", {"code": CANVAS})["result"]
        self.assertFalse(result["isError"])
        images = [c for c in result["content"] if c["type"] == "image"]
        self.assertEqual(len(images), 1)
        self.assertEqual(images[0]["mimeType"], "image/png")
        self.assertTrue(base64.b64decode(images[0]["data"]).startswith(b"\x89PNG\r\n\x1a\n"))
        self.assertEqual(result["structuredContent"]["images"][0]["data"], images[0]["data"])

    def test_plot_gives_svg_image(self):
        result = self.s.call("run_javascript", {"code": "LLMOS.viz.plot([1, 4, 9], {title: 't'}); 0"})["result"]
        images = [c for c in result["content"] if c["type"] == "image"]
        self.assertEqual([i["mimeType"] for i in images], ["image/svg+xml"])
        self.assertIn(b"<svg", base64.b64decode(images[0]["data"]))

    def test_storage_persists_per_artifact(self):
        self.s.call("run_javascript", {"code": "await LLMOS.storage.set('k', {n: 5}); 0", "artifactId": "a"})
        r = self.s.call("run_javascript", {"code": "await LLMOS.storage.get('k')", "artifactId": "a"})
        self.assertEqual(r["result"]["structuredContent"]["output"], {"n": 5})

    def test_run_python(self):
        status = self.s.call("kernel_status")["result"]["structuredContent"]
        r = self.s.call("run_python", {"code": "print('hi')\n6*7"}, timeout=120)["result"]
        sc = r["structuredContent"]
        self.assertEqual(sc["language"], "python")
        if status["modules"]["python"] == "unavailable":
            self.assertTrue(r["isError"])
            return
        self.assertFalse(r["isError"], r)
        self.assertEqual((sc["output"], sc["logs"]), (42, ["hi"]))
        r = self.s.call("run_python", {"code": "x = 1\nraise ValueError('bad')"}, timeout=120)["result"]
        self.assertTrue(r["isError"])
        self.assertEqual(r["structuredContent"]["error"]["line"], 2)
        self.assertIn("line 2", self.text_of(r))

    def test_kernel_status(self):
        result = self.s.call("kernel_status", {})["result"]
        self.assertFalse(result["isError"])
        sc = result["structuredContent"]
        self.assertIn(sc["status"], ("ready", "degraded"))
        self.assertEqual([st["name"] for st in sc["stages"]],
                         ["init-system", "mount-volumes", "load-js-runtime", "init-python", "load-stdlib", "finalize"])
        self.assertIn(sc["status"], self.text_of(result))

    def test_old_protocol_has_no_structured_content(self):
        s = Server()
        try:
            s.initialize("2025-03-26")
            tools = s.request("tools/list")["result"]["tools"]
            self.assertFalse(any("outputSchema" in t for t in tools))
            result = s.call("run_javascript", {"code": "1"})["result"]
            self.assertNotIn("structuredContent", result)
            self.assertIn("Output: 1", result["content"][0]["text"])
        finally:
            self.assertEqual(s.close(), 0)


class WorkerFaults(unittest.TestCase):
    """JavaScript runs in a sandboxed worker process: what breaks a worker (the faults an engine
    bug could cause, injected by the worker's test hooks) costs that call, not the server."""

    def setUp(self):
        self.s = Server(env={"LLMOS_TEST_HOOKS": "1"})
        self.s.initialize()

    def tearDown(self):
        self.s.release()

    def test_stuck_native_loop_and_crash_leave_the_server_running(self):
        r = self.s.call("run_javascript", {"code": "__llmos_test_fault('hang')", "timeoutMs": 200})["result"]
        self.assertTrue(r["isError"])
        self.assertEqual(r["structuredContent"]["error"]["kind"], "timeout")
        r = self.s.call("run_javascript", {"code": "__llmos_test_fault('segv')"})["result"]
        self.assertTrue(r["isError"])
        self.assertEqual(r["structuredContent"]["error"]["kind"], "internal")
        self.assertIn("crashed (SIGSEGV)", r["structuredContent"]["error"]["message"])
        r = self.s.call("run_javascript", {"code": "6 * 7"})["result"]
        self.assertEqual(r["structuredContent"]["output"], 42)
        self.assertEqual(self.s.close(), 0)


class Cancellation(McpTest):
    def test_a_cancelled_call_stops_at_once_and_gets_no_response(self):
        self.s.initialize()
        loop = {"code": "while (true) {}", "timeoutMs": 60000}
        for language, code in (("run_javascript", "while (true) {}"), ("run_python", "while True: pass")):
            with self.subTest(tool=language):
                # One running, one waiting behind it: the host cancels both.
                self.s.send({"jsonrpc": "2.0", "id": "run", "method": "tools/call",
                             "params": {"name": language, "arguments": {**loop, "code": code}}})
                self.s.send({"jsonrpc": "2.0", "id": 77, "method": "tools/call",
                             "params": {"name": "run_javascript", "arguments": loop}})
                time.sleep(0.5)
                t0 = time.time()
                for rid in (77, "run"):
                    self.s.send({"jsonrpc": "2.0", "method": "notifications/cancelled",
                                 "params": {"requestId": rid, "reason": "the user pressed stop"}})
                self.s.send({"jsonrpc": "2.0", "id": "after", "method": "ping"})
                self.assertEqual(self.s.recv(timeout=20), {"jsonrpc": "2.0", "id": "after", "result": {}})
                self.assertLess(time.time() - t0, 15)
                self.s.nothing_pending()
        r = self.s.call("run_javascript", {"code": "6 * 7"})["result"]
        self.assertEqual(r["structuredContent"]["output"], 42)
        # A cancellation for a call that already ended changes nothing.
        self.s.send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": self.s.next_id}})
        self.assertEqual(self.s.call("run_javascript", {"code": "1"})["result"]["structuredContent"]["output"], 1)
        self.assertEqual(self.s.close(), 0)


class BadInput(McpTest):
    def setUp(self):
        super().setUp()
        self.s.initialize()

    def assert_error(self, response, code, id_=None):
        self.assertEqual(response["jsonrpc"], "2.0")
        self.assertEqual(response["error"]["code"], code, response)
        self.assertTrue(response["error"]["message"])
        self.assertEqual(response["id"], id_)
        self.assertNotIn("result", response)

    def test_invalid_json(self):
        for raw in (b"{not json\n", b'{"jsonrpc": "2.0", "id": 1, "method": "ping"\n', b"\xff\xfe\n"):
            self.s.send_raw(raw)
            self.assert_error(self.s.recv(), -32700)
        self.assertEqual(self.s.request("ping")["result"], {})

    def test_invalid_request(self):
        for message, id_ in (([1, 2], None), ("str", None), ({"jsonrpc": "1.0", "id": 5, "method": "ping"}, 5),
                             ({"jsonrpc": "2.0", "id": 6, "method": 7}, 6), ({"jsonrpc": "2.0", "id": 7}, 7),
                             ({"jsonrpc": "2.0", "id": {"x": 1}, "method": "ping"}, None),
                             ({"jsonrpc": "2.0", "id": 8, "method": "ping", "params": 3}, 8), ([], None)):
            self.s.send(message)
            r = self.s.recv()
            if isinstance(r, list):  # a batch of non-objects: one error each
                for e in r:
                    self.assert_error(e, -32600)
            else:
                self.assert_error(r, -32600, id_)

    def test_batch(self):
        self.s.send([{"jsonrpc": "2.0", "id": "a", "method": "ping"},
                     {"jsonrpc": "2.0", "method": "notifications/initialized"},
                     {"jsonrpc": "2.0", "id": "b", "method": "nope"}])
        r = self.s.recv()
        self.assertEqual([x["id"] for x in r], ["a", "b"])
        self.assertEqual(r[1]["error"]["code"], -32601)

    def test_unknown_method(self):
        r = self.s.request("resources/list")
        self.assert_error(r, -32601, self.s.next_id)
        r = self.s.request("no/such/method", {})
        self.assert_error(r, -32601, self.s.next_id)

    def test_wrong_params(self):
        for params in ({"name": "no_such_tool", "arguments": {}}, {"arguments": {"code": "1"}},
                       {"name": 5}, {"name": "run_javascript", "arguments": {}},
                       {"name": "run_javascript", "arguments": {"code": 5}},
                       {"name": "run_javascript", "arguments": "1+1"},
                       {"name": "run_javascript", "arguments": {"code": "1", "timeoutMs": 0}},
                       {"name": "run_javascript", "arguments": {"code": "1", "timeoutMs": 60001}},
                       {"name": "run_javascript", "arguments": {"code": "1", "timeoutMs": "100"}},
                       {"name": "run_javascript", "arguments": {"code": "1", "timeoutMs": 1.5}},
                       {"name": "run_javascript", "arguments": {"code": "1", "memoryLimitMb": 1025}},
                       {"name": "run_javascript", "arguments": {"code": "1", "memoryLimitMb": True}},
                       {"name": "run_python", "arguments": {"code": "1", "artifactId": 3}},
                       {"name": "run_python", "arguments": {"code": "1", "artifactId": ""}},
                       {"name": "run_python", "arguments": {"code": "1", "extra": 1}},
                       {"name": "kernel_status", "arguments": {"x": 1}}):
            r = self.s.request("tools/call", params)
            self.assert_error(r, -32602, self.s.next_id)
        r = self.s.request("tools/call", [1])
        self.assert_error(r, -32602, self.s.next_id)
        # integral floats are integers, as in JSON Schema
        r = self.s.call("run_javascript", {"code": "1", "timeoutMs": 1000.0})
        self.assertFalse(r["result"]["isError"])

    def test_huge_line_then_next_request(self):
        chunk = b"x" * (1 << 20)
        head = b'{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"run_javascript","arguments":{"code":"'
        self.s.send_raw(head)
        for _ in range(20):
            self.s.send_raw(chunk)
        self.s.send_raw(b'"}}}\n')
        r = self.s.recv(timeout=120)
        self.assertEqual(r["error"]["code"], -32600)
        self.assertIsNone(r["id"])
        self.assertEqual(self.s.request("ping")["result"], {})
        r = self.s.call("run_javascript", {"code": "'still ' + 'here'"})
        self.assertEqual(r["result"]["structuredContent"]["output"], "still here")
        self.assertEqual(self.s.close(), 0)

    def test_huge_last_line_without_newline(self):
        self.s.send_raw(b"[" * (17 << 20))
        self.s.proc.stdin.close()
        r = self.s.recv(timeout=120)
        self.assertEqual(r["error"]["code"], -32600)
        self.assertEqual(self.s.proc.wait(timeout=30), 0)

    def test_deep_nesting(self):
        n = 4 << 20
        self.s.send_raw(b'{"jsonrpc":"2.0","id":1,"method":"ping","params":{"a":' + b"[" * n + b"]" * n + b"}}\n")
        self.assert_error(self.s.recv(timeout=120), -32600)
        self.s.send_raw(b"[" * n + b"]" * n + b"\n")
        self.assert_error(self.s.recv(timeout=120), -32600)
        # brackets inside strings are only text
        r = self.s.call("run_javascript", {"code": "'" + "[" * 100000 + "'.length"})
        self.assertEqual(r["result"]["structuredContent"]["output"], 100000)
        # a deep completion value comes back (the contract caps its depth)
        self.s.send({"jsonrpc": "2.0", "id": "deep", "method": "tools/call",
                     "params": {"name": "run_javascript",
                                "arguments": {"code": "let v = 1; for (let i = 0; i < 5000; i++) v = [v]; v"}}})
        line = self.s.lines.get(timeout=60)  # too deep for Python's json module: read as text
        self.assertTrue(line.startswith(b'{"id":"deep"') and b'"structuredContent"' in line, line[:200])
        self.assertEqual(self.s.request("ping")["result"], {})

    def test_large_line_under_limit(self):
        code = "'" + "a" * (4 << 20) + "'.length"
        r = self.s.call("run_javascript", {"code": code}, timeout=120)
        self.assertEqual(r["result"]["structuredContent"]["output"], 4 << 20)

    def test_crlf_and_blank_lines(self):
        self.s.send_raw(b"\n\r\n   \n" + json.dumps({"jsonrpc": "2.0", "id": "x", "method": "ping"}).encode() + b"\r\n")
        self.assertEqual(self.s.recv(), {"jsonrpc": "2.0", "id": "x", "result": {}})


if __name__ == "__main__":
    unittest.main(verbosity=2)
