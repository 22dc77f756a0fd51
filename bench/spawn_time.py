#!/usr/bin/env python3
"""Wall-clock time of whole processes, from spawn to exit: the cold-start figures of
scripts/bench.sh.

    python3 bench/spawn_time.py --out FILE --runs N -- CMD [ARG...]

Writes one duration in ms per line to FILE and prints how many runs exited non-zero. stdin,
stdout and stderr of CMD are /dev/null.

The processes are started with posix_spawn (glibc's clone with CLONE_VM|CLONE_VFORK), so a
figure is the process's own start-up, work and exit. A shell loop (`fork` + `exec` from bash)
added 1.5-2 ms to every run on the benchmark machine, the cost of copying the shell, not of the
program measured; /bin/true went from 2.5 ms (perf stat) to 4.4 ms.
"""
import argparse
import os
import shutil
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="file: one duration in ms per line")
    ap.add_argument("--runs", type=int, required=True, help="how many processes to time")
    ap.add_argument("cmd", nargs=argparse.REMAINDER, help="-- CMD [ARG...]")
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("no command given (after --)")
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    path = cmd[0] if "/" in cmd[0] else shutil.which(cmd[0])
    if path is None or not os.access(path, os.X_OK):
        print(f"spawn_time.py: not an executable: {cmd[0]}", file=sys.stderr)
        return 2

    devnull = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ]
    fails = 0
    lines = []
    for _ in range(args.runs):
        start = time.perf_counter_ns()
        pid = os.posix_spawn(path, cmd, os.environ, file_actions=devnull)
        _, status = os.waitpid(pid, 0)
        end = time.perf_counter_ns()
        if os.waitstatus_to_exitcode(status) != 0:
            fails += 1
        lines.append(f"{(end - start) / 1e6:.3f}\n")
    with open(args.out, "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(fails)
    return 0


if __name__ == "__main__":
    sys.exit(main())
