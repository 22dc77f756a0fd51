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
        # Array.prototype.reverse over 2**53-1 elements never reaches the engine's interrupt
        # check; the watchdog must still end the run shortly after the time limit.
        code = "Array.prototype.reverse.call({ length: 2 ** 53 - 1 })"
        rc, r, _ = run_json(code, "--timeout-ms", "200")
        self.assertEqual(rc, 1)
        self.assertEqual(r["error"]["kind"], "timeout")
        self.assertIn("native loop", r["error"]["message"])  # the watchdog ended it, not the interrupt
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


class ProcessIsolation(unittest.TestCase):
    """`--isolation process`: the same run in a sandboxed llmos-jsworker process."""

    def test_same_output_streams_and_result(self):
        code = b"console.log('one'); console.warn('careful'); ({ a: 1 })"
        self.assertEqual(run("run", "-", "--isolation", "process", stdin=code),
                         (0, "one\n{ a: 1 }\n", "careful\n"))
        rc, r, _ = run_json("await LLMOS.storage.set('k', [1]); await LLMOS.storage.get('k')",
                            "--isolation", "process", "--data-dir", tempfile.mkdtemp(prefix="llmos-cli-iso-"))
        self.assertEqual((rc, r["success"], r["output"]), (0, True, [1]))

    def test_errors_timeouts_and_memory_as_in_process(self):
        for code, args in (("const x = 10;\n  y = x + 5;\n", ()), ("while (true) {}", ("--timeout-ms", "100")),
                           ("const a = []; for (;;) a.push(new Array(1e5).fill(1));", ("--memory-limit-mb", "16"))):
            rc_none, none, _ = run_json(code, *args)
            rc_proc, proc, _ = run_json(code, "--isolation", "process", *args)
            self.assertEqual((rc_proc, proc["error"]["kind"], proc["error"]["name"]),
                             (rc_none, none["error"]["kind"], none["error"]["name"]), code)

    def test_a_crashing_worker_is_an_internal_error(self):
        env = {**os.environ, "LLMOS_TEST_HOOKS": "1"}
        rc, out, err = run("run", "-", "--isolation", "process", "--json", stdin=b"__llmos_test_fault('segv')", env=env)
        self.assertEqual(rc, 3, err)
        r = json.loads(out)
        self.assertEqual(r["error"]["kind"], "internal")
        self.assertIn("crashed (SIGSEGV)", r["error"]["message"])
        # Without the hooks (any normal run) the function does not exist.
        rc, r, _ = run_json("typeof __llmos_test_fault", "--isolation", "process")
        self.assertEqual(r["output"], "undefined")

    def test_bad_value(self):
        rc, _, err = run("run", "-", "--isolation", "container", stdin=b"1")
        self.assertEqual(rc, 2, err)


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

    def test_messages_name_what_was_wrong(self):
        rc, out, err = run("frobnicate")
        self.assertIn("unknown command 'frobnicate'", err)
        rc, out, err = run("-v")
        self.assertIn("unknown option '-v'", err)
        rc, out, err = run("run", "-", "--timeout-ms", "abc", stdin=b"1")
        self.assertIn("must be a whole number from 1 to 600000, not 'abc'", err)
        rc, out, err = run("run", "-", "--memory-limit-mb", "1e3", stdin=b"1")
        self.assertIn("must be a whole number from 1 to 16384, not '1e3'", err)
        # An empty --data-dir would quietly mean the default one.
        for args in (("run", "-", "--data-dir", ""), ("status", "--data-dir", ""), ("serve", "--data-dir", "")):
            rc, out, err = run(*args, stdin=b"1")
            self.assertEqual((rc, out), (2, ""), args)
            self.assertIn("--data-dir: must not be empty", err)

    def test_help_command(self):
        rc, out, _ = run("help")
        self.assertEqual(rc, 0)
        self.assertIn("SUBCOMMAND", out)
        rc, out, _ = run("help", "run")
        self.assertEqual(rc, 0)
        self.assertIn("--timeout-ms", out)

    def test_unreadable_standard_input(self):
        # A directory or a closed descriptor is unreadable input, not an empty program.
        d = os.open("/tmp", os.O_RDONLY | os.O_DIRECTORY)
        try:
            p = subprocess.run([LLMOS, "run", "-", "--json"], stdin=d, capture_output=True, timeout=30)
        finally:
            os.close(d)
        self.assert_usage_error(p.returncode, p.stdout.decode(), p.stderr.decode())
        self.assertIn("directory", p.stderr.decode())
        self.assertEqual(p.stdout, b"")
        p = subprocess.run([LLMOS, "run", "-", "--json"], stdin=subprocess.DEVNULL, capture_output=True, timeout=30,
                           preexec_fn=lambda: os.close(0))
        self.assert_usage_error(p.returncode, p.stdout.decode(), p.stderr.decode())

    def test_a_result_that_cannot_be_written_is_an_error(self):
        with open("/dev/full", "wb") as full:
            p = subprocess.run([LLMOS, "run", "-", "--json"], input=b"2 + 2", stdout=full, stderr=subprocess.PIPE,
                               timeout=30)
        self.assertEqual(p.returncode, 3, p.stderr)
        self.assertIn("cannot write the result to standard output", p.stderr.decode())

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



STAGES = ["init-system", "mount-volumes", "load-js-runtime", "init-python", "load-stdlib", "finalize"]


class KernelStatus(unittest.TestCase):
    """`llmos status` (CONTRACT §6): the six stages of the boot, timed, and the kernel's status."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.data = os.path.join(self.tmp.name, "data")
        # A python3 the probe finds on PATH, whatever the machine has.
        self.bin = os.path.join(self.tmp.name, "bin")
        os.makedirs(self.bin)
        with open(os.path.join(self.bin, "python3"), "w") as f:
            f.write("#!/bin/sh\nexit 0\n")
        os.chmod(os.path.join(self.bin, "python3"), 0o755)
        self.env = dict(os.environ, PATH=self.bin + ":" + os.environ.get("PATH", ""))

    def tearDown(self):
        self.tmp.cleanup()

    def status(self, *args, env=None):
        rc, out, err = run("status", "--json", "--data-dir", self.data, *args, env=env or self.env)
        self.assertEqual(out.count("\n"), 1, out)
        return rc, json.loads(out), err

    def test_json_is_the_contract_object(self):
        rc, s, err = self.status()
        self.assertEqual((rc, err), (0, ""))
        self.assertEqual(s["version"], "0.1.0")
        self.assertEqual(s["status"], "ready")
        self.assertEqual(s["modules"], {"javascript": "ready", "python": "lazy", "stdlib": "ready"})
        self.assertIsInstance(s["bootDuration"], (int, float))
        self.assertEqual([st["name"] for st in s["stages"]], STAGES)
        for st in s["stages"]:
            self.assertIsInstance(st["durationMs"], (int, float))
            self.assertGreaterEqual(st["durationMs"], 0)
        self.assertEqual([st["status"] for st in s["stages"]], ["ok", "ok", "ok", "lazy", "ok", "ok"])
        self.assertEqual(s["dataDir"], self.data)
        self.assertEqual(s["python"]["executable"], os.path.join(self.bin, "python3"))

    def test_volumes_and_stdlib_are_on_disk(self):
        rc, s, _ = self.status()
        for name in ("system", "team", "user"):
            self.assertTrue(os.path.isdir(os.path.join(self.data, name)), name)
        self.assertEqual([v["status"] for v in s["volumes"]], ["mounted"] * 3)
        kernel = os.path.join(self.data, "system", "kernel")
        self.assertEqual(sorted(os.listdir(kernel)), ["init.jsbc", "stdlib.jsbc"])
        self.assertEqual([f["status"] for f in s["stdlibFiles"]], ["installed", "installed"])
        rc, s, _ = self.status()
        self.assertEqual([f["status"] for f in s["stdlibFiles"]], ["verified", "verified"])

    def test_a_modified_stdlib_file_is_replaced(self):
        self.status()
        path = os.path.join(self.data, "system", "kernel", "stdlib.jsbc")
        with open(path, "rb") as f:
            original = f.read()
        with open(path, "wb") as f:
            f.write(original[:-7] + b"tamper!")
        rc, s, _ = self.status()
        self.assertEqual(rc, 0)
        self.assertEqual(s["stdlibFiles"][1]["status"], "replaced")
        self.assertEqual(s["status"], "ready")
        self.assertTrue(any("stdlib.jsbc" in p and "replaced" in p for p in s["problems"]), s["problems"])
        with open(path, "rb") as f:
            self.assertEqual(f.read(), original)

    def test_human_form_shows_the_six_stages_with_their_times(self):
        rc, out, err = run("status", "--data-dir", self.data, env=self.env)
        self.assertEqual((rc, err), (0, ""))
        self.assertIn("llmos kernel 0.1.0: ready", out)
        positions = [out.find("\n  " + name) for name in STAGES]
        self.assertTrue(all(p > 0 for p in positions), out)
        self.assertEqual(positions, sorted(positions), out)
        self.assertEqual(out.count(" ms"), 7, out)  # six stages and the total
        self.assertIn("modules: javascript ready, python lazy, stdlib ready", out)

    def test_without_python_the_kernel_is_degraded_and_javascript_runs(self):
        empty = os.path.join(self.tmp.name, "empty")
        os.makedirs(empty)
        env = dict(os.environ, PATH=empty)
        rc, s, _ = self.status(env=env)
        self.assertEqual(rc, 0)
        self.assertEqual(s["status"], "degraded")
        self.assertEqual(s["modules"]["python"], "unavailable")
        self.assertEqual(s["stages"][3]["status"], "unavailable")
        self.assertTrue(any("python3 not found" in p for p in s["problems"]), s["problems"])
        rc, out, _ = run("status", "--data-dir", self.data, env=env)
        self.assertIn("degraded", out)
        self.assertIn("python3 not found", out)
        rc, r, _ = run_json("LLMOS.utils.sum([1, 2, 3])")
        self.assertEqual((rc, r["output"]), (0, 6))

    def test_an_unusable_data_dir_is_degraded_naming_the_path_and_the_reason(self):
        blocker = os.path.join(self.tmp.name, "a-file")
        with open(blocker, "w") as f:
            f.write("x")
        data = os.path.join(blocker, "llmos")
        rc, out, err = run("status", "--json", "--data-dir", data, env=self.env)
        s = json.loads(out)
        self.assertEqual(rc, 0)
        self.assertEqual(s["status"], "degraded")
        self.assertEqual(s["stages"][1]["status"], "error")
        self.assertIn(data, s["stages"][1]["detail"])
        self.assertIn(blocker + " is not a directory", s["stages"][1]["detail"])
        self.assertEqual(s["modules"]["javascript"], "ready")
        self.assertEqual([f["status"] for f in s["stdlibFiles"]], ["embedded", "embedded"])
        # Artifacts that do not use storage run as ever; storage says what is wrong.
        rc, r, _ = run_json("LLMOS.utils.range(3)", "--data-dir", data)
        self.assertEqual((rc, r["output"]), (0, [0, 1, 2]))
        rc, r, _ = run_json("await LLMOS.storage.set('k', 1)", "--data-dir", data)
        self.assertEqual(rc, 1)
        self.assertFalse(r["success"])

    def test_data_dir_from_the_environment(self):
        env = dict(self.env, LLMOS_DATA_DIR=self.data)
        rc, out, _ = run("status", "--json", env=env)
        self.assertEqual(json.loads(out)["dataDir"], self.data)

    def test_run_boots_nothing_it_does_not_need(self):
        env = dict(os.environ, LLMOS_DATA_DIR=self.data)
        rc, out, _ = run("run", "-", "--json", stdin=b"2+2", env=env)
        self.assertEqual((rc, json.loads(out)["output"]), (0, 4))
        self.assertFalse(os.path.exists(self.data))

    def test_help(self):
        rc, out, _ = run("status", "--help")
        self.assertEqual(rc, 0)
        self.assertIn("--json", out)
        self.assertIn("--data-dir", out)
        rc, out, _ = run("--help")
        self.assertIn("status", out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
