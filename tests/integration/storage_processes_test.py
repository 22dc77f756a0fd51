#!/usr/bin/env python3
"""LLMOS.storage across processes, against the built binary: several `llmos run` writing to one
data dir at once (none may fail with "database is locked", every value must be there), and an
awaited write surviving a kill -9 of the process right after it."""
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

LLMOS = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else "build/llmos"


def run_json(code, data_dir, artifact="default", timeout=120):
    p = subprocess.run([LLMOS, "run", "-", "--json", "--data-dir", data_dir, "--artifact-id", artifact,
                        "--timeout-ms", "60000"],
                       input=code.encode(), capture_output=True, timeout=timeout)
    return p.returncode, json.loads(p.stdout.decode()), p.stderr.decode()


WRITER = """
const me = %(writer)d;
for (let i = 0; i < %(count)d; i++) {
  await LLMOS.storage.set('w' + me + '-' + i, { me, i });
  // Read-modify-write traffic as well, so that readers and writers interleave.
  if (i %% 10 === 0) await LLMOS.storage.get('w' + me + '-0');
}
'done';
"""


class ParallelWriters(unittest.TestCase):
    def start_writers(self, data_dir, writers, count, artifact_of):
        with tempfile.TemporaryDirectory() as scripts:
            procs = []
            for w in range(writers):
                script = os.path.join(scripts, "writer%d.js" % w)
                with open(script, "w") as f:
                    f.write(WRITER % {"writer": w, "count": count})
                procs.append(subprocess.Popen(
                    [LLMOS, "run", script, "--json", "--data-dir", data_dir, "--artifact-id", artifact_of(w),
                     "--timeout-ms", "60000"],
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE))
            results = []
            for p in procs:
                out, err = p.communicate(timeout=120)
                results.append((p.returncode, out.decode(), err.decode()))
            return results

    def check_all_present(self, data_dir, writers, count, artifact_of):
        for w in range(writers):
            code = """
const missing = [];
for (let i = 0; i < %d; i++) {
  const v = await LLMOS.storage.get('w%d-' + i);
  if (!v || v.me !== %d || v.i !== i) missing.push(i);
}
({ missing, keys: (await LLMOS.storage.keys()).length });
""" % (count, w, w)
            rc, r, err = run_json(code, data_dir, artifact_of(w))
            self.assertEqual(rc, 0, err + json.dumps(r))
            self.assertEqual(r["output"]["missing"], [], "writer %d lost values" % w)

    def test_four_writers_on_one_data_dir(self):
        with tempfile.TemporaryDirectory() as d:
            # Two writers share an artifact, two have their own.
            artifact_of = lambda w: "shared" if w < 2 else "own-%d" % w
            results = self.start_writers(d, 4, 150, artifact_of)
            for rc, out, err in results:
                self.assertEqual(rc, 0, out + err)
                self.assertNotIn("locked", out + err)
                self.assertTrue(json.loads(out)["success"], out)
            self.check_all_present(d, 4, 150, artifact_of)
            rc, r, _ = run_json("(await LLMOS.storage.keys()).length", d, "shared")
            self.assertEqual(r["output"], 300)

    def test_eight_writers_creating_the_database_together(self):
        with tempfile.TemporaryDirectory() as d:
            data_dir = os.path.join(d, "not-yet-there")
            artifact_of = lambda w: "a%d" % (w % 3)
            results = self.start_writers(data_dir, 8, 40, artifact_of)
            for rc, out, err in results:
                self.assertEqual(rc, 0, out + err)
                self.assertTrue(json.loads(out)["success"], out)
            self.check_all_present(data_dir, 8, 40, artifact_of)


class KillNine(unittest.TestCase):
    def test_awaited_writes_survive_kill_9(self):
        with tempfile.TemporaryDirectory() as d:
            script = os.path.join(d, "writer.js")
            with open(script, "w") as f:
                f.write("for (let i = 0; ; i++) { await LLMOS.storage.set('k' + i, { i }); console.log('k' + i); }")
            data_dir = os.path.join(d, "data")
            p = subprocess.Popen([LLMOS, "run", script, "--data-dir", data_dir, "--artifact-id", "durable",
                                  "--timeout-ms", "60000"],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            printed = []
            deadline = time.monotonic() + 30
            while len(printed) < 200 and time.monotonic() < deadline:
                line = p.stdout.readline()
                if not line:
                    break
                printed.append(line.decode().strip())
            os.kill(p.pid, signal.SIGKILL)
            # Lines already in the pipe were printed after their set resolved: they count too.
            rest, _ = p.communicate(timeout=30)
            printed += [l for l in rest.decode().split("\n") if l]
            self.assertEqual(p.returncode, -signal.SIGKILL)
            self.assertGreaterEqual(len(printed), 50, "the writer printed too little before the kill")
            keys = json.dumps(printed)
            rc, r, err = run_json("""
const keys = %s;
const missing = [];
for (const k of keys) {
  const v = await LLMOS.storage.get(k);
  if (!v || 'k' + v.i !== k) missing.push(k);
}
({ missing, count: keys.length });
""" % keys, data_dir, "durable")
            self.assertEqual(rc, 0, err)
            self.assertEqual(r["output"]["missing"], [], "awaited writes lost after kill -9")
            self.assertEqual(r["output"]["count"], len(printed))


if __name__ == "__main__":
    unittest.main(verbosity=2)
