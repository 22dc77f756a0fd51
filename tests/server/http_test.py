#!/usr/bin/env python3
"""`llmos serve` end to end over HTTP (CONTRACT §7): routes, every 4xx, 413, 503, pages,
concurrency beside looping and memory-hungry artifacts, and SIGTERM. Standard library only.

    python3 tests/server/http_test.py build/llmos
"""
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

LLMOS = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else "build/llmos"


class Server:
    """A `llmos serve --port 0` process; the first line on stderr names its URL."""

    def __init__(self, *args):
        self.dir = tempfile.mkdtemp(prefix="llmos-http-test-")
        self.stderr_path = os.path.join(self.dir, "stderr.log")
        self.stderr_file = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            [LLMOS, "serve", "--port", "0", "--data-dir", os.path.join(self.dir, "data"), *args],
            stdout=subprocess.DEVNULL, stderr=self.stderr_file)
        deadline = time.time() + 20
        first = ""
        while time.time() < deadline:
            with open(self.stderr_path, "rb") as f:
                first = f.readline().decode()
            if first.endswith("\n") or self.proc.poll() is not None:
                break
            time.sleep(0.02)
        prefix = "llmos: serving on http://127.0.0.1:"
        if not first.startswith(prefix):
            self.stop()
            raise RuntimeError("llmos serve did not start: " + first + self.log())
        self.port = int(first[len(prefix):].strip())

    def log(self):
        with open(self.stderr_path, "rb") as f:
            return f.read().decode(errors="replace")

    def conn(self, timeout=30):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None, timeout=30):
        c = self.conn(timeout)
        try:
            h = dict(headers or {})
            if isinstance(body, str):
                body = body.encode()
            c.request(method, path, body=body, headers=h)
            r = c.getresponse()
            data = r.read()
            return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data
        finally:
            c.close()

    def execute(self, payload, timeout=30, raw=None):
        body = raw if raw is not None else json.dumps(payload)
        status, headers, data = self.request("POST", "/api/execute", body,
                                             {"Content-Type": "application/json"}, timeout)
        return status, json.loads(data) if data else None

    def status(self):
        status, _, data = self.request("GET", "/api/status")
        assert status == 200, status
        return json.loads(data)

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.stderr_file.close()
        shutil.rmtree(self.dir, ignore_errors=True)
        return self.proc.returncode


class Api(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server("--max-body-mb", "1")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()

    def bad(self, body, needle, status=400, content_type="application/json"):
        headers = {"Content-Type": content_type} if content_type else {}
        code, h, data = self.server.request("POST", "/api/execute", body, headers)
        self.assertEqual(code, status, data)
        self.assertEqual(h["content-type"], "application/json")
        doc = json.loads(data)
        self.assertEqual(list(doc), ["error"])
        self.assertIn(needle, doc["error"]["message"])
        return doc["error"]["message"]

    # --- the routes ---------------------------------------------------------------------

    def test_status(self):
        s = self.server.status()
        self.assertEqual(s["version"], "0.1.0")
        self.assertIn(s["status"], ("ready", "degraded"))
        self.assertEqual(set(s["modules"]), {"javascript", "python", "stdlib"})
        self.assertEqual([st["name"] for st in s["stages"]],
                         ["init-system", "mount-volumes", "load-js-runtime", "init-python", "load-stdlib", "finalize"])
        for st in s["stages"]:
            self.assertIsInstance(st["durationMs"], (int, float))
        self.assertIsInstance(s["bootDuration"], (int, float))
        self.assertGreaterEqual(s["server"]["workers"], 1)

    def test_execute_success_shape(self):
        code, r = self.server.execute({"code": "const result = 2 + 2;\nconsole.log('2 + 2 =', result);\nresult;"})
        self.assertEqual(code, 200)
        for key in ("success", "output", "error", "logs", "stderr", "executionTime", "memoryUsed",
                    "artifactId", "language", "dom", "images"):
            self.assertIn(key, r)
        self.assertEqual((r["success"], r["output"], r["logs"], r["error"]), (True, 4, ["2 + 2 = 4"], None))
        self.assertEqual((r["artifactId"], r["language"]), ("default", "javascript"))
        self.assertGreater(r["memoryUsed"], 0)

    def test_execute_failure_is_200_with_the_error(self):
        code, r = self.server.execute({"code": "const x = 10;\n  y = x + 5;\n", "artifactId": "calc"})
        self.assertEqual(code, 200)
        self.assertFalse(r["success"])
        e = r["error"]
        self.assertEqual((e["name"], e["message"], e["line"], e["column"], e["kind"]),
                         ("ReferenceError", "ReferenceError: y is not defined", 2, 3, "runtime"))
        self.assertEqual(r["artifactId"], "calc")

    def test_seed_console_and_apis(self):
        _, r = self.server.execute({"code": "console.log('Log message');\nconsole.warn('Warning message');\n"
                                            "console.error('Error message');\n'Done!';"})
        self.assertEqual((r["output"], r["logs"], r["stderr"]),
                         ("Done!", ["Log message"], ["Warning message", "Error message"]))
        _, r = self.server.execute({"code": "const uid = LLMOS.utils.uid();\nconst clamped = LLMOS.utils.clamp(150, 0, 100);\n"
                                            "LLMOS.log.info('UID: ' + uid);\n{ uid, clamped };"})
        self.assertEqual(r["output"]["clamped"], 100)
        self.assertEqual(r["logs"], ["UID: " + r["output"]["uid"]])

    def test_storage_persists_per_artifact(self):
        _, r = self.server.execute({"code": "await LLMOS.storage.set('k', {n: 1}); 'ok'", "artifactId": "store-a"})
        self.assertTrue(r["success"], r)
        _, r = self.server.execute({"code": "await LLMOS.storage.get('k')", "artifactId": "store-a"})
        self.assertEqual(r["output"], {"n": 1})
        _, r = self.server.execute({"code": "await LLMOS.storage.get('k')", "artifactId": "store-b"})
        self.assertIsNone(r["output"])

    def test_options_apply(self):
        t0 = time.time()
        _, r = self.server.execute({"code": "while (true) {}", "options": {"timeoutMs": 200}})
        self.assertEqual(r["error"]["kind"], "timeout")
        self.assertLess(time.time() - t0, 3)
        _, r = self.server.execute({"code": "const a = []; while (true) a.push(new Array(1e5).fill(1));",
                                    "options": {"memoryLimitMb": 8}})
        self.assertEqual(r["error"]["kind"], "memory")

    def test_images_and_dom(self):
        _, r = self.server.execute({"code": "const c = LLMOS.viz.createCanvas(100,100); const g = c.getContext('2d');"
                                            " g.fillStyle='red'; g.fillRect(0,0,50,50);"})
        self.assertTrue(r["success"], r)
        self.assertEqual(r["images"][0]["mime"], "image/png")
        self.assertTrue(r["images"][0]["data"].startswith("iVBORw0KGgo"))

    def test_python_passes_the_executors_result_through(self):
        code, r = self.server.execute({"code": "print(1 + 1)", "language": "python"})
        self.assertEqual(code, 200)
        self.assertEqual(r["language"], "python")
        self.assertIn("success", r)
        if not r["success"]:
            self.assertIsNotNone(r["error"]["message"])

    def test_language_auto(self):
        _, r = self.server.execute({"code": "const a = [1, 2];\na.length", "language": "auto"})
        self.assertEqual((r["language"], r["output"]), ("javascript", 2))
        _, r = self.server.execute({"code": "import math\nprint(math.pi)", "language": "auto"})
        self.assertEqual(r["language"], "python")

    # --- every 4xx --------------------------------------------------------------------------

    def test_empty_body(self):
        self.bad(b"", "empty")
        self.bad(b"", "empty", content_type=None)

    def test_malformed_json(self):
        self.bad(b"{\"code\": ", "not valid JSON")
        self.bad(b"{code: 1}", "not valid JSON")
        self.bad(b"{\"code\": \"1\"} trailing", "not valid JSON")

    def test_not_an_object(self):
        self.bad(b"[]", "must be a JSON object")
        self.bad(b"\"2+2\"", "must be a JSON object")

    def test_missing_or_mistyped_code(self):
        self.bad(b"{}", "no 'code'")
        self.bad(json.dumps({"code": 2}), "'code' must be a string, not a number")
        self.bad(json.dumps({"code": None}), "'code' must be a string, not null")

    def test_wrong_types(self):
        self.bad(json.dumps({"code": "1", "language": 5}), "'language' must be a string")
        self.bad(json.dumps({"code": "1", "artifactId": ["a"]}), "'artifactId' must be a string")
        self.bad(json.dumps({"code": "1", "artifactId": ""}), "must not be empty")
        self.bad(json.dumps({"code": "1", "options": "fast"}), "'options' must be an object")
        self.bad(json.dumps({"code": "1", "options": {"timeoutMs": "100"}}), "not a string")
        self.bad(json.dumps({"code": "1", "options": {"memoryLimitMb": 1.5}}), "whole number")

    def test_unknown_language_and_fields(self):
        self.bad(json.dumps({"code": "1", "language": "ruby"}), "unknown language 'ruby'")
        self.bad(json.dumps({"code": "1", "timeoutMs": 5}), "unknown field 'timeoutMs'")
        self.bad(json.dumps({"code": "1", "options": {"timeout": 5}}), "unknown option 'timeout'")

    def test_options_out_of_range(self):
        for opts, needle in (({"timeoutMs": 0}, "from 1 to 60000 ms"), ({"timeoutMs": 60001}, "got 60001"),
                             ({"memoryLimitMb": 0}, "from 1 to 1024 MB"), ({"memoryLimitMb": 2048}, "got 2048"),
                             ({"timeoutMs": -1}, "got -1")):
            self.bad(json.dumps({"code": "1", "options": opts}), needle)
        code, r = self.server.execute({"code": "1", "options": {"timeoutMs": 60000, "memoryLimitMb": 1024}})
        self.assertEqual((code, r["output"]), (200, 1))

    def test_not_utf8(self):
        self.bad(b'{"code": "\xff\xfe"}', "not valid UTF-8 (at byte 10)")
        self.bad(b'{"code": "\xc0\xaf"}', "not valid UTF-8")  # overlong '/'
        self.bad(json.dumps({"code": "\ud800"}).encode(), "not valid JSON")  # a lone surrogate escape

    def test_wrong_content_type(self):
        # From a browser (Origin, Sec-Fetch-*): only application/json, which a page on another
        # site cannot send without a CORS preflight.
        for browser in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                        {"Sec-Fetch-Mode": "no-cors"}):
            for content_type in ("text/plain", "application/x-www-form-urlencoded", None):
                headers = dict(browser)
                if content_type:
                    headers["Content-Type"] = content_type
                code, h, data = self.server.request("POST", "/api/execute",
                                                    json.dumps({"code": "1"}), headers)
                self.assertEqual(code, 415, (headers, data))
                self.assertIn("Content-Type: application/json", json.loads(data)["error"]["message"])
            code, _, data = self.server.request(
                "POST", "/api/execute", json.dumps({"code": "2+2"}),
                dict(browser, **{"Content-Type": "application/json; charset=utf-8"}))
            self.assertEqual((code, json.loads(data)["output"]), (200, 4))
        # Other clients: `curl -d` labels the body as a form, a script may send no type at all.
        for content_type in ("application/x-www-form-urlencoded", "text/plain", None):
            headers = {"Content-Type": content_type} if content_type else {}
            code, _, data = self.server.request("POST", "/api/execute",
                                                json.dumps({"code": "2+2"}), headers)
            self.assertEqual((code, json.loads(data)["output"]), (200, 4), content_type)
        # ...and a body that is not JSON is still a 400 for them.
        self.bad("code=2%2B2", "not valid JSON", content_type="application/x-www-form-urlencoded")

    def test_oversized_body_is_413(self):
        body = json.dumps({"code": "//" + "x" * (1 << 20)})
        self.bad(body, "larger than the limit of 1 MB", status=413)
        # The server is still fine afterwards.
        self.assertEqual(self.server.execute({"code": "2+2"})[1]["output"], 4)

    def test_chunked_body_is_capped_as_it_arrives(self):
        def chunked(method, path, body):
            c = self.server.conn(30)
            try:
                pieces = (body[i:i + 65536] for i in range(0, len(body), 65536))
                c.request(method, path, body=pieces, encode_chunked=True,
                          headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"})
                r = c.getresponse()
                return r.status, r.read()
            finally:
                c.close()
        code, data = chunked("POST", "/api/execute", json.dumps({"code": "2+3"}).encode())
        self.assertEqual((code, json.loads(data)["output"]), (200, 5))
        # Without a Content-Length httplib would read any size: the 1 MB limit holds all the same.
        code, data = chunked("POST", "/api/execute", json.dumps({"code": "//" + "x" * (3 << 20)}).encode())
        self.assertEqual(code, 413, data[:200])
        self.assertIn("larger than the limit of 1 MB", json.loads(data)["error"]["message"])
        code, data = chunked("POST", "/api/status", b"x" * (3 << 20))
        self.assertEqual(code, 411, data[:200])
        self.assertEqual(self.server.execute({"code": "2+2"})[1]["output"], 4)

    def test_unknown_paths_and_methods(self):
        code, h, data = self.server.request("GET", "/api/nope")
        self.assertEqual(code, 404)
        self.assertEqual(h["content-type"], "application/json")
        self.assertIn("/api/nope", json.loads(data)["error"]["message"])
        code, h, data = self.server.request("GET", "/nope.html")
        self.assertEqual(code, 404)
        for method, path, allow in (("GET", "/api/execute", "POST"), ("PUT", "/api/status", "GET"),
                                    ("DELETE", "/api/execute", "POST"), ("POST", "/api/status", "GET"),
                                    ("POST", "/", "GET"), ("PATCH", "/api/openapi.json", "GET")):
            code, h, data = self.server.request(method, path, "{}", {"Content-Type": "application/json"})
            self.assertEqual(code, 405, (method, path))
            self.assertIn(allow, h["allow"])
            self.assertIn("not allowed", json.loads(data)["error"]["message"])
        code, h, _ = self.server.request("OPTIONS", "/api/execute")
        self.assertEqual(code, 204)
        self.assertNotIn("access-control-allow-origin", h)  # no CORS: other sites may not call the API

    def test_host_header_checked(self):
        code, _, data = self.server.request("GET", "/api/status", headers={"Host": "attacker.example"})
        self.assertEqual(code, 403)
        self.assertIn("Host header", json.loads(data)["error"]["message"])
        for host in ("localhost:1", "127.0.0.1", "app.localhost"):
            self.assertEqual(self.server.request("GET", "/api/status", headers={"Host": host})[0], 200)

    # --- pages ---------------------------------------------------------------------------------

    def test_pages_and_assets(self):
        code, h, data = self.server.request("GET", "/")
        self.assertEqual(code, 200)
        self.assertEqual(h["content-type"], "text/html; charset=utf-8")
        self.assertEqual(h["x-content-type-options"], "nosniff")
        self.assertIn("default-src 'self'", h["content-security-policy"])
        self.assertIn("script-src 'self'", h["content-security-policy"])
        self.assertIn(b"/static/app.js", data)
        code, h, data = self.server.request("GET", "/test")
        self.assertEqual(code, 200)
        self.assertIn(b"/static/test.js", data)
        code, h, data = self.server.request("GET", "/static/app.js")
        self.assertEqual((code, h["content-type"]), (200, "text/javascript; charset=utf-8"))
        code, h, _ = self.server.request("GET", "/static/app.js", headers={"If-None-Match": h["etag"]})
        self.assertEqual(code, 304)
        code, h, data = self.server.request("HEAD", "/")
        self.assertEqual((code, data), (200, b""))

    def test_openapi(self):
        code, h, data = self.server.request("GET", "/api/openapi.json")
        self.assertEqual(code, 200)
        doc = json.loads(data)
        self.assertTrue(doc["openapi"].startswith("3."))
        self.assertIn("post", doc["paths"]["/api/execute"])
        self.assertIn("get", doc["paths"]["/api/status"])
        for status in ("200", "400", "413", "503"):
            self.assertIn(status, doc["paths"]["/api/execute"]["post"]["responses"])

    def test_keep_alive_connection_serves_many_requests(self):
        c = self.server.conn()
        try:
            for i in range(20):
                c.request("POST", "/api/execute", body=json.dumps({"code": f"{i} * 2"}),
                          headers={"Content-Type": "application/json"})
                r = c.getresponse()
                self.assertEqual(json.loads(r.read())["output"], i * 2)
        finally:
            c.close()

    def test_request_log(self):
        self.server.execute({"code": "'logged'"})
        time.sleep(0.1)
        lines = [l for l in self.server.log().splitlines() if " POST /api/execute 200 " in l]
        self.assertTrue(lines)
        parts = lines[-1].split()
        self.assertRegex(parts[0], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
        self.assertEqual(parts[1:5], ["127.0.0.1", "POST", "/api/execute", "200"])
        self.assertRegex(parts[5], r"^\d+\.\dms$")
        self.assertRegex(parts[6], r"^\d+B$")


def timed_execute(server, payload, results, key):
    t0 = time.time()
    try:
        code, r = server.execute(payload, timeout=60)
        results[key] = (code, r, time.time() - t0)
    except Exception as e:  # recorded, asserted by the test
        results[key] = (None, repr(e), time.time() - t0)


class Concurrency(unittest.TestCase):
    def test_quick_requests_answer_beside_loops_and_memory_hogs(self):
        server = Server("--workers", "4")
        try:
            # Four worker processes up first: on a loaded machine the last ones are still starting
            # when the server answers, and a request then waits for one to start, not behind a slow one.
            deadline = time.time() + 60
            while server.status()["sandbox"]["jsWorkers"]["idle"] < 4:
                self.assertLess(time.time(), deadline, server.status()["sandbox"]["jsWorkers"])
                time.sleep(0.02)
            results = {}
            slow = {
                "loop1": {"code": "while (true) {}", "options": {"timeoutMs": 4000}},
                "loop2": {"code": "let i = 0; for (;;) i++;", "options": {"timeoutMs": 4000}},
                "hog": {"code": "const a = []; for (;;) a.push(new Array(1e5).fill(1)); ",
                        "options": {"memoryLimitMb": 256, "timeoutMs": 4000}},
            }
            threads = [threading.Thread(target=timed_execute, args=(server, p, results, k)) for k, p in slow.items()]
            for t in threads:
                t.start()
            time.sleep(0.3)  # the slow ones are running
            quick = []
            for i in range(10):
                t0 = time.time()
                code, r = server.execute({"code": f"{i} + 1"})
                quick.append(time.time() - t0)
                self.assertEqual((code, r["output"]), (200, i + 1))
            for t in threads:
                t.join()
            # Queued behind a slow one, a quick request would wait about 4 s.
            self.assertLess(max(quick), 1.5, quick)
            self.assertEqual(results["loop1"][1]["error"]["kind"], "timeout")
            self.assertEqual(results["loop2"][1]["error"]["kind"], "timeout")
            self.assertIn(results["hog"][1]["error"]["kind"], ("memory", "timeout"))
            self.assertEqual(server.execute({"code": "'still fine'"})[1]["output"], "still fine")
        finally:
            self.assertEqual(server.stop(), 0)

    def test_many_clients_at_once(self):
        server = Server("--workers", "2")
        try:
            results = {}
            threads = [threading.Thread(target=timed_execute,
                                        args=(server, {"code": f"await LLMOS.utils.sleep(50); {i}"}, results, i))
                       for i in range(24)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(sorted(r[1]["output"] for r in results.values()), list(range(24)))
        finally:
            self.assertEqual(server.stop(), 0)

    def test_full_queue_is_503(self):
        server = Server("--workers", "1", "--queue", "1")
        try:
            results = {}
            first = threading.Thread(target=timed_execute, args=(
                server, {"code": "await LLMOS.utils.sleep(1500); 1"}, results, "running"))
            first.start()
            self.wait_for(server, lambda s: s["busy"] == 1)
            second = threading.Thread(target=timed_execute, args=(
                server, {"code": "2"}, results, "queued"))
            second.start()
            self.wait_for(server, lambda s: s["queued"] == 1)
            status, headers, data = server.request("POST", "/api/execute", json.dumps({"code": "3"}),
                                                   {"Content-Type": "application/json"})
            self.assertEqual(status, 503)
            self.assertEqual(headers.get("retry-after"), "1")
            self.assertIn("busy", json.loads(data)["error"]["message"])
            first.join()
            second.join()
            self.assertEqual(results["running"][1]["output"], 1)
            self.assertEqual(results["queued"][1]["output"], 2)
            self.assertEqual(server.status()["server"]["rejected"], 1)
        finally:
            self.assertEqual(server.stop(), 0)

    def test_native_loop_past_the_limit_does_not_hold_the_server(self):
        # Array.prototype.reverse over 2**53-1 indexes runs in native code that never polls the
        # engine's interrupt: the watchdog answers the request and replaces the worker.
        server = Server("--workers", "2")
        try:
            t0 = time.time()
            code, r = server.execute({"code": "Array.prototype.reverse.call({ length: 2 ** 53 - 1 })",
                                      "options": {"timeoutMs": 200}}, timeout=30)
            self.assertEqual(code, 200)
            self.assertEqual(r["error"]["kind"], "timeout")
            self.assertIn("native loop", r["error"]["message"])  # the watchdog ended it, not the interrupt
            self.assertLess(time.time() - t0, 10)
            for i in range(4):
                self.assertEqual(server.execute({"code": f"{i}"})[1]["output"], i)
            self.assertEqual(server.status()["server"]["workers"], 2)
        finally:
            self.assertEqual(server.stop(), 0)

    def test_a_client_that_leaves_cancels_its_run(self):
        # An endless loop with a minute to run, whose client gives up: the worker is free again
        # at once, not a minute later; so is a run still waiting in the queue.
        def leave_during(server, payload):
            body = json.dumps(payload).encode()
            s = socket.create_connection(("127.0.0.1", server.port))
            s.sendall(b"POST /api/execute HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            return s
        for isolation in ("process", "none"):
            with self.subTest(isolation=isolation):
                server = Server("--workers", "1", "--isolation", isolation)
                try:
                    for lang, loop in (("javascript", "while (true) {}"), ("python", "while True: pass")):
                        running = leave_during(server, {"code": loop, "language": lang, "options": {"timeoutMs": 60000}})
                        self.wait_for(server, lambda s: s["busy"] == 1, timeout=30)
                        queued = leave_during(server, {"code": "while (true) {}", "options": {"timeoutMs": 60000}})
                        self.wait_for(server, lambda s: s["queued"] == 1)
                        t0 = time.time()
                        queued.close()
                        running.close()
                        self.wait_for(server, lambda s: s["busy"] == 0 and s["queued"] == 0)
                        self.assertLess(time.time() - t0, 10)
                        self.assertEqual(server.execute({"code": "2+2"})[1]["output"], 4)
                    self.assertEqual(server.log().count("disconnected; the run is cancelled"), 4, server.log())
                finally:
                    self.assertEqual(server.stop(), 0)

    @staticmethod
    def wait_for(server, pred, timeout=10):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if pred(server.status()["server"]):
                return
            time.sleep(0.01)
        raise AssertionError("the server never got there: " + json.dumps(server.status()["server"]))


class Shutdown(unittest.TestCase):
    def test_sigterm_finishes_in_flight_requests_and_exits_0(self):
        server = Server()
        results = {}
        t = threading.Thread(target=timed_execute, args=(
            server, {"code": "await LLMOS.utils.sleep(1000); 'finished'"}, results, "inflight"))
        t.start()
        Concurrency.wait_for(server, lambda s: s["busy"] == 1)
        server.proc.send_signal(signal.SIGTERM)
        time.sleep(0.2)
        # No new connections once it is stopping.
        with self.assertRaises(OSError):
            c = server.conn(timeout=2)
            c.request("GET", "/api/status")
            c.getresponse().read()
        t.join()
        code, r, _ = results["inflight"]
        self.assertEqual((code, r["output"]), (200, "finished"))
        self.assertEqual(server.proc.wait(30), 0)
        log = server.log()
        self.assertIn("SIGTERM: stopping", log)
        self.assertIn("llmos: stopped", log)
        server.stop()

    def test_sigint_when_idle_exits_0(self):
        server = Server()
        self.assertEqual(server.execute({"code": "1"})[1]["output"], 1)
        t0 = time.time()
        self.assertEqual(server.stop(signal.SIGINT), 0)
        self.assertLess(time.time() - t0, 10)

    def test_port_in_use_is_exit_2(self):
        server = Server()
        try:
            p = subprocess.run([LLMOS, "serve", "--port", str(server.port), "--data-dir", server.dir + "/d2"],
                               capture_output=True, timeout=30)
            self.assertEqual(p.returncode, 2)
            self.assertIn(b"cannot listen on 127.0.0.1:", p.stderr)
        finally:
            server.stop()

    def test_bad_flags_are_exit_2(self):
        for args in (["--port", "70000"], ["--workers", "0"], ["--max-body-mb", "0"]):
            p = subprocess.run([LLMOS, "serve", *args], capture_output=True, timeout=30)
            self.assertEqual(p.returncode, 2, args)


if __name__ == "__main__":
    unittest.main(verbosity=2)
