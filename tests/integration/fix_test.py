#!/usr/bin/env python3
"""`llmos run --fix` and options.fix of POST /api/execute against a fake OpenAI-compatible
server (README "Repairing failing artifacts"). The fake answers from a script of replies and
records every request, so the tests can check what the prompt really contained."""
import http.client
import http.server
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest

LLMOS = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else "build/llmos"

BROKEN = "const total = 40;\nconst extra = 2;\nconsole.log('before');\ntotal + missing;\n"
FIXED = "const total = 40;\nconst extra = 2;\ntotal + extra;\n"


def chat_reply(content):
    return 200, json.dumps({"id": "x", "object": "chat.completion",
                            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                         "finish_reason": "stop"}]})


class FakeModel:
    """An OpenAI-compatible /v1/chat/completions on 127.0.0.1:0."""

    def __init__(self, replies):
        self.replies = list(replies)  # (status, body text); the last one repeats
        self.requests = []
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw)
                except ValueError:
                    body = None
                fake.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                status, text = fake.replies.pop(0) if len(fake.replies) > 1 else fake.replies[0]
                data = text.encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = "http://127.0.0.1:%d/v1" % self.server.server_address[1]

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def prompt(self, i=0):
        return "\n".join(m["content"] for m in self.requests[i]["body"]["messages"])


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LLMOS_LLM_")}
    env.update(extra)
    return env


def run_fix(code, *args, env=None, timeout=60, json_out=True, suffix=".js"):
    with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False) as f:
        f.write(code)
        path = f.name
    try:
        argv = [LLMOS, "run", path, "--fix", *args] + (["--json"] if json_out else [])
        p = subprocess.run(argv, capture_output=True, timeout=timeout, env=env or clean_env())
        out = p.stdout.decode()
        return p.returncode, (json.loads(out) if json_out and out.strip() else out), p.stderr.decode()
    finally:
        os.unlink(path)


def closed_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class CommandLine(unittest.TestCase):
    def setUp(self):
        self.fake = None

    def tearDown(self):
        if self.fake:
            self.fake.close()

    def model(self, *replies):
        self.fake = FakeModel(replies)
        return self.fake

    def test_repaired_on_the_second_attempt(self):
        fake = self.model(chat_reply("The variable was missing.\n\n```js\n" + FIXED + "```\nDone."))
        rc, r, _ = run_fix(BROKEN, "--llm-url", fake.url, "--llm-model", "fake-coder")
        self.assertEqual(rc, 0, r)
        self.assertTrue(r["success"])
        self.assertEqual(r["output"], 42)
        self.assertEqual(len(r["attempts"]), 2)
        first, second = r["attempts"]
        self.assertEqual((first["attempt"], first["code"], first["success"]), (1, BROKEN, False))
        self.assertEqual(first["error"]["name"], "ReferenceError")
        self.assertEqual(first["error"]["line"], 4)
        self.assertEqual((second["code"].strip(), second["success"], second["error"]), (FIXED.strip(), True, None))
        self.assertEqual(r["fix"]["status"], "repaired")
        self.assertEqual(r["fix"]["modelCalls"], 1)
        # One request, OpenAI-shaped, whose prompt holds the error message, its line and the code.
        self.assertEqual(len(fake.requests), 1)
        req = fake.requests[0]
        self.assertEqual(req["path"], "/v1/chat/completions")
        self.assertEqual(req["body"]["model"], "fake-coder")
        self.assertIn("temperature", req["body"])
        self.assertEqual([m["role"] for m in req["body"]["messages"]], ["system", "user"])
        prompt = fake.prompt()
        self.assertIn("ReferenceError: missing is not defined", prompt)
        self.assertIn("line 4", prompt)
        self.assertIn("total + missing;", prompt)
        self.assertIn(BROKEN, prompt)
        self.assertIn("before", prompt)  # the run's last output
        self.assertIn("Attempt 1 of 3", prompt)
        self.assertNotIn("Authorization", req["headers"])

    def test_gives_up_after_n_executions(self):
        fake = self.model(chat_reply("```javascript\nthrow new Error('still broken 1');\n```"),
                          chat_reply("```javascript\nthrow new Error('still broken 2');\n```"),
                          chat_reply("```javascript\nthrow new Error('still broken 3');\n```"))
        rc, r, _ = run_fix(BROKEN, "--llm-url", fake.url, "--max-attempts", "3")
        self.assertEqual(rc, 1)
        self.assertFalse(r["success"])
        self.assertEqual(len(r["attempts"]), 3)
        self.assertEqual(len(fake.requests), 2)  # N executions, N-1 model calls
        self.assertEqual(r["error"]["message"], "Error: still broken 2")  # the final run's
        self.assertEqual(r["fix"]["status"], "gave-up")
        self.assertEqual(r["fix"]["modelCalls"], 2)
        # The second request knows the first attempt and the code that failed second.
        second = fake.prompt(1)
        self.assertIn("Attempt 2 of 3", second)
        self.assertIn("still broken 1", second)
        self.assertIn("missing is not defined", second)

    def test_max_attempts_one_never_asks(self):
        fake = self.model(chat_reply("```js\n1\n```"))
        rc, r, _ = run_fix(BROKEN, "--llm-url", fake.url, "--max-attempts", "1")
        self.assertEqual(rc, 1)
        self.assertEqual((len(r["attempts"]), r["fix"]["status"], len(fake.requests)), (1, "gave-up", 0))

    def test_success_needs_no_model(self):
        fake = self.model(chat_reply("```js\n1\n```"))
        rc, r, _ = run_fix("6 * 7", "--llm-url", fake.url)
        self.assertEqual((rc, r["output"], r["fix"]["status"], len(r["attempts"])), (0, 42, "not-needed", 1))
        self.assertEqual(fake.requests, [])

    def test_model_unreachable(self):
        start = time.time()
        rc, r, _ = run_fix(BROKEN, "--llm-url", "http://127.0.0.1:%d/v1" % closed_port())
        self.assertLess(time.time() - start, 20)
        self.assertEqual(rc, 1)
        self.assertEqual(r["error"]["message"], "ReferenceError: missing is not defined")  # the original
        self.assertEqual(len(r["attempts"]), 1)
        self.assertEqual(r["fix"]["status"], "model-error")
        self.assertIn("could not be reached", r["fix"]["message"])

    def assert_model_error(self, reply, words):
        fake = self.model(reply)
        rc, r, _ = run_fix(BROKEN, "--llm-url", fake.url)
        self.assertEqual(rc, 1)
        self.assertEqual(r["error"]["message"], "ReferenceError: missing is not defined")
        self.assertEqual(len(r["attempts"]), 1)
        self.assertEqual(r["fix"]["status"], "model-error")
        self.assertIn(words, r["fix"]["message"])
        self.fake.close()
        self.fake = None

    def test_malformed_replies(self):
        self.assert_model_error((200, json.dumps({"object": "chat.completion"})), "no choices")
        self.assert_model_error((200, json.dumps({"choices": []})), "no choices")
        self.assert_model_error((200, "<html>not json</html>"), "did not answer JSON")
        self.assert_model_error((200, json.dumps({"choices": [{"message": {}}]})), "no message content")
        self.assert_model_error(chat_reply("   \n"), "no code")
        self.assert_model_error(chat_reply("```js\n" + BROKEN + "```"), "same code")
        self.assert_model_error((500, json.dumps({"error": {"message": "overloaded"}})), "HTTP 500")

    def test_bare_fence_and_python(self):
        fake = self.model(chat_reply("```python\nx = 40\nprint(x + 2)\n```"))
        rc, r, _ = run_fix("x = 40\nprint(x + y)\n", "--llm-url", fake.url, suffix=".py", timeout=120)
        if "llmos-pyworker was not found" in json.dumps(r.get("error")):
            self.skipTest("llmos-pyworker is not built")
        self.assertEqual(rc, 0, r)
        self.assertEqual(r["language"], "python")
        self.assertEqual(r["logs"], ["42"])
        prompt = fake.prompt()
        self.assertIn("NameError", prompt)
        self.assertIn("print(x + y)", prompt)
        self.assertIn("```python", prompt)

    def test_api_key_header(self):
        fake = self.model(chat_reply("```\n" + FIXED + "```"))
        rc, r, _ = run_fix(BROKEN, env=clean_env(LLMOS_LLM_URL=fake.url, LLMOS_LLM_MODEL="m1",
                                                 LLMOS_LLM_API_KEY="test-key-123"))
        self.assertEqual(rc, 0, r)
        self.assertEqual(fake.requests[0]["headers"].get("Authorization"), "Bearer test-key-123")
        self.assertEqual(fake.requests[0]["body"]["model"], "m1")

    def test_human_output(self):
        fake = self.model(chat_reply("```js\n" + FIXED + "```"))
        rc, out, err = run_fix(BROKEN, "--llm-url", fake.url, json_out=False)
        self.assertEqual(rc, 0, err)
        self.assertIn("Attempt 2/3 \u2014 asking the model to fix\u2026", err)
        self.assertIn("42", out)

    def test_usage_errors(self):
        rc, out, err = run_fix(BROKEN, json_out=False)
        self.assertEqual(rc, 2)
        self.assertIn("--llm-url", err)
        self.assertEqual(out, "")
        rc, _, err = run_fix(BROKEN, "--llm-url", "ftp://example.invalid", json_out=False)
        self.assertEqual(rc, 2)
        self.assertIn("http://", err)
        rc, _, err = run_fix(BROKEN, "--llm-url", "http://127.0.0.1:1", "--max-attempts", "0", json_out=False)
        self.assertEqual(rc, 2)

    def test_plain_run_is_unchanged(self):
        p = subprocess.run([LLMOS, "run", "-", "--json"], input=BROKEN.encode(), capture_output=True, timeout=30)
        r = json.loads(p.stdout)
        self.assertEqual(p.returncode, 1)
        self.assertNotIn("attempts", r)


class Serve:
    def __init__(self, *args, env=None):
        self.dir = tempfile.mkdtemp(prefix="llmos-fix-test-")
        self.log_path = os.path.join(self.dir, "stderr.log")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([LLMOS, "serve", "--port", "0", "--data-dir", os.path.join(self.dir, "d"), *args],
                                     stdout=subprocess.DEVNULL, stderr=self.log, env=env or clean_env())
        prefix = "llmos: serving on http://127.0.0.1:"
        deadline = time.time() + 30
        first = ""
        while time.time() < deadline:
            with open(self.log_path, "rb") as f:
                first = f.readline().decode()
            if first.endswith("\n") or self.proc.poll() is not None:
                break
            time.sleep(0.05)
        if not first.startswith(prefix):
            self.stop()
            raise RuntimeError("llmos serve did not start: " + first)
        self.port = int(first[len(prefix):].strip())

    def execute(self, payload):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            c.request("POST", "/api/execute", json.dumps(payload), {"Content-Type": "application/json"})
            r = c.getresponse()
            return r.status, json.loads(r.read())
        finally:
            c.close()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=30)
        self.log.close()


class Http(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.fake = FakeModel([chat_reply("```js\n" + FIXED + "```")])
        cls.server = Serve("--llm-url", cls.fake.url, "--llm-model", "server-model",
                           env=clean_env(LLMOS_LLM_API_KEY="server-key"))

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        cls.fake.close()

    def test_fix_true_uses_the_server_model(self):
        before = len(self.fake.requests)
        status, r = self.server.execute({"code": BROKEN, "options": {"fix": True}})
        self.assertEqual(status, 200)
        self.assertTrue(r["success"])
        self.assertEqual(r["output"], 42)
        self.assertEqual([a["success"] for a in r["attempts"]], [False, True])
        self.assertEqual(r["fix"]["status"], "repaired")
        req = self.fake.requests[before]
        self.assertEqual(req["body"]["model"], "server-model")
        self.assertEqual(req["headers"].get("Authorization"), "Bearer server-key")
        self.assertIn("missing is not defined", "\n".join(m["content"] for m in req["body"]["messages"]))

    def test_fix_object_with_own_url_gets_no_server_key(self):
        other = FakeModel([chat_reply("```js\nthrow new Error('nope')\n```")])
        try:
            status, r = self.server.execute({"code": BROKEN, "options": {
                "fix": {"maxAttempts": 2, "url": other.url, "model": "own"}}})
            self.assertEqual(status, 200)
            self.assertEqual((len(r["attempts"]), r["fix"]["status"]), (2, "gave-up"))
            self.assertEqual(other.requests[0]["body"]["model"], "own")
            self.assertNotIn("Authorization", other.requests[0]["headers"])
        finally:
            other.close()

    def test_no_fix_means_no_attempts(self):
        for fix in (False, None):
            payload = {"code": BROKEN, "options": {} if fix is None else {"fix": fix}}
            status, r = self.server.execute(payload)
            self.assertEqual(status, 200)
            self.assertNotIn("attempts", r)

    def test_bad_fix_options_are_400(self):
        for fix in ("yes", 3, {"maxAttempts": 0}, {"maxAttempts": 11}, {"url": "ftp://x"},
                    {"model": 5}, {"retries": 2}):
            status, r = self.server.execute({"code": "1", "options": {"fix": fix}})
            self.assertEqual(status, 400, fix)
            self.assertIn("fix", r["error"]["message"])


class HttpWithoutModel(unittest.TestCase):
    def test_fix_needs_a_url(self):
        server = Serve()
        try:
            status, r = server.execute({"code": "1", "options": {"fix": True}})
            self.assertEqual(status, 400)
            self.assertIn("--llm-url", r["error"]["message"])
        finally:
            server.stop()


if __name__ == "__main__":
    unittest.main(verbosity=2)
