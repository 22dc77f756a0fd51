#!/usr/bin/env python3
"""`llmos run --lang python` end to end against the built binary (CONTRACT §1, §2, §5)."""
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

LLMOS = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else "build/llmos"


def run(*args, stdin=None, timeout=60, env=None):
    p = subprocess.run([LLMOS, *args], input=stdin, capture_output=True, timeout=timeout, env=env)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


class PythonCli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.env = dict(os.environ, LLMOS_DATA_DIR=os.path.join(self.tmp.name, "data"))

    def tearDown(self):
        self.tmp.cleanup()

    def test_json_result_from_stdin(self):
        rc, out, _ = run("run", "-", "--lang", "python", "--json", stdin=b"print('2 + 2 =', 2 + 2)\n2 + 2\n", env=self.env)
        self.assertEqual(rc, 0)
        r = json.loads(out)
        self.assertEqual((r["success"], r["output"], r["logs"], r["language"]), (True, 4, ["2 + 2 = 4"], "python"))
        self.assertEqual(out.count("\n"), 1)  # exactly one JSON object on stdout

    def test_py_extension_picks_python_and_text_output(self):
        path = os.path.join(self.tmp.name, "a.py")
        with open(path, "w") as f:
            f.write("import numpy as np\nprint('hello')\nnp.arange(3).tolist()\n")
        rc, out, err = run("run", path, env=self.env)
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, "hello\n[0, 1, 2]\n")

    def test_error_exit_code_line_and_code_frame(self):
        path = os.path.join(self.tmp.name, "bad.py")
        with open(path, "w") as f:
            f.write("x = 1\n\ny = x / 0\n")
        rc, out, err = run("run", path, env=self.env)
        self.assertEqual(rc, 1)
        self.assertIn("ZeroDivisionError: division by zero", err)
        self.assertIn(f"{path}:3:", err)
        self.assertIn("> 3 | y = x / 0", err)

    def test_timeout_flag_and_exit_code(self):
        t = time.monotonic()
        rc, out, _ = run("run", "-", "--lang", "python", "--json", "--timeout-ms", "300", stdin=b"while True:\n    pass\n", env=self.env)
        self.assertLess(time.monotonic() - t, 10)
        self.assertEqual(rc, 1)
        self.assertEqual(json.loads(out)["error"]["kind"], "timeout")

    def test_memory_limit_flag(self):
        rc, out, _ = run("run", "-", "--lang", "python", "--json", "--memory-limit-mb", "32",
                         stdin=b"x = bytearray(512 << 20)\n", env=self.env)
        self.assertEqual(rc, 1)
        self.assertEqual(json.loads(out)["error"]["kind"], "memory")

    def test_storage_shared_with_javascript_across_processes(self):
        rc, _, err = run("run", "-", "--lang", "js", "--artifact-id", "shared", stdin=b"await LLMOS.storage.set('k', {v: 7})", env=self.env)
        self.assertEqual(rc, 0, err)
        rc, out, err = run("run", "-", "--lang", "python", "--json", "--artifact-id", "shared",
                           stdin=b"import llmos\nllmos.storage.get('k')\n", env=self.env)
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["output"], {"v": 7})

    def test_crash_is_an_error_not_a_crash_of_llmos(self):
        rc, out, _ = run("run", "-", "--lang", "python", "--json", stdin=b"import ctypes\nctypes.string_at(0)\n", env=self.env)
        self.assertEqual(rc, 1)
        r = json.loads(out)
        self.assertFalse(r["success"])
        self.assertIn("crashed", r["error"]["message"])

    def test_no_worker_left_after_the_run(self):
        # The worker's scratch dir is under TMPDIR: its command line names this test's directory,
        # so workers of other tests running at the same time are not counted.
        env = dict(self.env, TMPDIR=self.tmp.name)
        rc, _, _ = run("run", "-", "--lang", "python", stdin=b"1\n", env=env)
        self.assertEqual(rc, 0)
        left = []
        for _ in range(50):
            left = []
            for pid in os.listdir("/proc"):
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        cmd = f.read()
                except OSError:
                    continue
                if b"llmos-pyworker" in cmd and self.tmp.name.encode() in cmd:
                    left.append(pid)
            scratch = [n for n in os.listdir(self.tmp.name) if n.startswith("llmos-py-")]
            if not left and not scratch:
                break
            time.sleep(0.05)
        self.assertEqual(left, [])
        self.assertEqual(scratch, [])

    def test_status_reports_python_and_its_sandbox(self):
        rc, out, _ = run("status", "--json", env=self.env)
        self.assertIn(rc, (0, 1))
        s = json.loads(out)
        self.assertIn(s["modules"]["python"], ("lazy", "ready"))
        self.assertIn("sandbox", s["python"])


if __name__ == "__main__":
    unittest.main()
