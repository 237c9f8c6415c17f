#!/usr/bin/env python3
"""Times whole commands side by side: one warm-up round, then N rounds that
each run every command once in turn (A B C, A B C, ...), so machine noise hits
them alike. Reports each command's median wall time, median user+sys CPU time
and median peak RSS (from wait4), checks the last line it printed, and gives
every ratio to the first command (the baseline).

usage: compare.py [--rounds N] [--expect LINE] NAME=COMMAND [NAME=COMMAND ...]
"""
import argparse
import os
import shlex
import statistics
import sys
import tempfile
import time


def run_once(command):
    """Runs a command; returns (wall s, user+sys s, peak RSS KiB, status, stdout, stderr)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        argv = shlex.split(command)
        start = time.monotonic()
        pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=[
            (os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)])
        _, status, usage = os.wait4(pid, 0)
        wall = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return (wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status),
                out.read().decode(errors="replace"), err.read().decode(errors="replace"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--expect", help="the last line every command must print")
    parser.add_argument("commands", nargs="+", help="NAME=COMMAND; the first is the baseline")
    args = parser.parse_args()
    named = [c.split("=", 1) for c in args.commands]
    samples = {name: [] for name, _ in named}
    for round_index in range(args.rounds + 1):
        for name, command in named:
            wall, cpu, rss, status, out, err = run_once(command)
            lines = out.strip().splitlines()
            last = lines[-1] if lines else ""
            if status != 0 or (args.expect is not None and last != args.expect):
                sys.exit(f"{name}: exit {status}, last line {last!r}, expected {args.expect!r}\n{err[:2000]}")
            if round_index > 0:
                samples[name].append((wall, cpu, rss))
    medians = {name: [statistics.median(s[i] for s in samples[name]) for i in range(3)] for name, _ in named}
    base_wall, base_cpu, _ = medians[named[0][0]]
    print(f"{'command':<24} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9} {'wall ratio':>11} {'cpu ratio':>10}")
    for name, _ in named:
        wall, cpu, rss = medians[name]
        print(f"{name:<24} {wall:8.3f} {cpu:8.3f} {rss / 1024:9.1f} {wall / base_wall:11.2f} {cpu / base_cpu:10.2f}")


if __name__ == "__main__":
    main()
