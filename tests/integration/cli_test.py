#!/usr/bin/env python3
"""End-to-end tests of the `llmos` command against the built binary (CONTRACT §1, §2)."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

LLMOS = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else "build/llmos"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(*args, stdin=None, timeout=30, env=None):
    p = subprocess.run([LLMOS, *args], input=stdin, capture_output=True, timeout=timeout,
                       env=env, cwd=ROOT)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def run_json(code, *args):
    rc, out, err = run("run", "-", "--json", *args, stdin=code.encode())
    return rc, json.loads(out), err


class Seed(unittest.TestCase):
    """The seed's four test cases, with the exact results the seed expects."""

    def test_simple_execution(self):
        rc, r, _ = run_json("const result = 2 + 2;\nconsole.log('2 + 2 =', result);\nresult;")
        self.assertEqual(rc, 0)
        self.assertEqual((r["success"], r["output"], r["logs"]), (True, 4, ["2 + 2 = 4"]))

    def test_console_methods(self):
        rc, r, _ = run_json("console.log('Log message');\nconsole.warn('Warning message');\n"
                            "console.error('Error message');\n'Done!';")
        self.assertEqual(rc, 0)
        self.assertEqual(r["output"], "Done!")
        self.assertEqual(r["logs"], ["Log message"])
        self.assertEqual(r["stderr"], ["Warning message", "Error message"])

    def test_llmos_apis(self):
        rc, r, _ = run_json("const uid = LLMOS.utils.uid();\nconst clamped = LLMOS.utils.clamp(150, 0, 100);\n"
                            "LLMOS.log.info('UID: ' + uid);\n{ uid, clamped };")
        self.assertEqual(rc, 0)
        self.assertEqual(r["output"]["clamped"], 100)
        self.assertRegex(r["output"]["uid"], r"^\d{13}-[0-9a-z]{6}$")
        self.assertEqual(r["logs"], ["UID: " + r["output"]["uid"]])

    def test_error_handling(self):
        rc, r, _ = run_json("throw new Error('Intentional error');")
        self.assertEqual(rc, 1)
        self.assertFalse(r["success"])
        self.assertEqual(r["error"]["message"], "Error: Intentional error")
        self.assertEqual(r["error"]["line"], 1)


class ResultJson(unittest.TestCase):
    def test_has_every_contract_field(self):
        rc, r, _ = run_json("2+2", "--artifact-id", "calc")
        for key in ("success", "output", "error", "logs", "stderr", "executionTime", "memoryUsed",
                    "artifactId", "language", "dom", "images"):
            self.assertIn(key, r)
        self.assertEqual(r["artifactId"], "calc")
        self.assertEqual(r["language"], "javascript")
        self.assertIsInstance(r["executionTime"], (int, float))
        self.assertGreater(r["memoryUsed"], 0)

    def test_json_mode_prints_exactly_one_object(self):
        rc, out, err = run("run", "-", "--json", stdin=b"console.log('x'); console.warn('w'); 1")
        self.assertEqual(out.count("\n"), 1)
        self.assertEqual(json.loads(out)["logs"], ["x"])
        self.assertEqual(err, "")

    def test_seed_error_example(self):
        rc, r, _ = run_json("const x = 10;\n  y = x + 5;  // ReferenceError\n")
        e = r["error"]
        self.assertEqual((e["name"], e["message"], e["line"], e["column"], e["kind"]),
                         ("ReferenceError", "ReferenceError: y is not defined", 2, 3, "runtime"))

    def test_timeout_flag(self):
        rc, r, _ = run_json("while (true) {}", "--timeout-ms", "150")
        self.assertEqual(rc, 1)
        self.assertEqual(r["error"]["kind"], "timeout")

    def test_native_loop_past_the_deadline_is_a_timeout(self):
        # Array.prototype.includes over 2**53-1 elements never reaches the engine's interrupt
        # check; the watchdog must still end the run shortly after the time limit.
        code = "Array.prototype.includes.call({ length: 2 ** 53 - 1 }, 'x')"
        rc, r, _ = run_json(code, "--timeout-ms", "200")
        self.assertEqual(rc, 1)
        self.assertEqual(r["error"]["kind"], "timeout")
        rc, out, err = run("run", "-", "--timeout-ms", "200", stdin=code.encode())
        self.assertEqual(rc, 1)
        self.assertIn("TimeoutError", err)

    def test_memory_flag(self):
        rc, r, _ = run_json("const a = []; for (;;) a.push(new Array(1e4).fill(0));", "--memory-limit-mb", "8")
        self.assertEqual(rc, 1)
        self.assertEqual(r["error"]["kind"], "memory")


class HumanOutput(unittest.TestCase):
    def test_streams_console_then_prints_the_value(self):
        rc, out, err = run("run", "-", stdin=b"console.log('one'); console.warn('careful'); ({ a: 1 })")
        self.assertEqual(rc, 0)
        self.assertEqual(out, "one\n{ a: 1 }\n")
        self.assertEqual(err, "careful\n")

    def test_undefined_prints_nothing(self):
        rc, out, _ = run("run", "-", stdin=b"let x = 1;")
        self.assertEqual((rc, out), (0, ""))

    def test_error_has_position_and_code_frame(self):
        rc, out, err = run("run", "-", stdin=b"const x = 10;\n  y = x + 5;\n")
        self.assertEqual(rc, 1)
        self.assertIn("ReferenceError: y is not defined", err)
        self.assertIn("stdin.js:2:3", err)
        self.assertIn(">", err)
        self.assertIn("^", err)

    def test_example_hello(self):
        rc, out, err = run("run", "examples/hello.js")
        self.assertEqual(rc, 0, err)
        self.assertIn("Hello from llmos 0.1.0", out)
        self.assertIn("clamped: 100", out)


class Usage(unittest.TestCase):
    def assert_usage_error(self, rc, out, err):
        self.assertEqual(rc, 2)
        self.assertEqual(len(err.strip().splitlines()), 1, err)
        self.assertTrue(err.startswith("llmos: "), err)

    def test_version_and_help(self):
        rc, out, _ = run("--version")
        self.assertEqual(rc, 0)
        self.assertIn("llmos 0.1.0", out)
        rc, out, _ = run("--help")
        self.assertEqual(rc, 0)
        self.assertIn("run", out)
        rc, out, _ = run("run", "--help")
        self.assertEqual(rc, 0)
        self.assertIn("--timeout-ms", out)

    def test_bad_flags(self):
        self.assert_usage_error(*run("run", "-", "--bogus", stdin=b"1"))
        self.assert_usage_error(*run("run", "-", "--timeout-ms", "0", stdin=b"1"))
        self.assert_usage_error(*run("run", "-", "--timeout-ms", "abc", stdin=b"1"))
        self.assert_usage_error(*run("run", "-", "--memory-limit-mb", "-5", stdin=b"1"))
        self.assert_usage_error(*run("run", "-", "--lang", "ruby", stdin=b"1"))
        self.assert_usage_error(*run("frobnicate"))

    def test_missing_file(self):
        rc, out, err = run("run", "/nonexistent/file.js")
        self.assert_usage_error(rc, out, err)
        self.assertIn("No such file", err)

    def test_directory(self):
        self.assert_usage_error(*run("run", "/tmp"))

    def test_non_utf8_source(self):
        with tempfile.NamedTemporaryFile(suffix=".js", delete=False) as f:
            f.write(b"'caf\xe9'")
        try:
            rc, out, err = run("run", f.name)
            self.assert_usage_error(rc, out, err)
            self.assertIn("UTF-8", err)
        finally:
            os.unlink(f.name)

    def test_nul_byte(self):
        rc, out, err = run("run", "-", stdin=b"1;\x00 2")
        self.assert_usage_error(rc, out, err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
