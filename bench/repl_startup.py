#!/usr/bin/env python3
"""Time to the first prompt of interactive REPLs, side by side in one run.

Each command starts in a fresh pseudo-terminal (as a user's terminal would run
it); the clock stops when its prompt appears on the terminal, then Ctrl-D ends
it. One warm-up round, then N rounds that each start every REPL once in turn,
so machine noise hits them alike. Reports medians and ratios to the first.

usage: repl_startup.py [--rounds N] NAME=PROMPT=COMMAND [...]
"""
import argparse
import os
import pty
import select
import shlex
import signal
import statistics
import sys
import tempfile
import time


def time_to_prompt(argv, prompt, home, timeout=20.0):
    """Seconds from fork to `prompt` showing on the terminal."""
    start = time.monotonic()
    pid, master = pty.fork()
    if pid == 0:
        os.environ.update({"HOME": home, "XDG_STATE_HOME": home, "TERM": "xterm", "LANG": "C.UTF-8"})
        os.environ.pop("PYTHONSTARTUP", None)
        os.execvp(argv[0], argv)
    seen = b""
    try:
        while prompt not in seen:
            left = timeout - (time.monotonic() - start)
            if left <= 0:
                sys.exit(f"{argv[0]}: no prompt {prompt!r} after {timeout} s; output: {seen[-500:]!r}")
            ready, _, _ = select.select([master], [], [], left)
            if ready:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    sys.exit(f"{argv[0]}: ended before its prompt; output: {seen[-500:]!r}")
                seen += chunk
        elapsed = time.monotonic() - start
        os.write(master, b"\x04")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            finished, _ = os.waitpid(pid, os.WNOHANG)
            if finished:
                break
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    os.read(master, 65536)
                except OSError:
                    pass
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        return elapsed
    finally:
        os.close(master)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("repls", nargs="+", help="NAME=PROMPT=COMMAND; the first is the baseline")
    args = parser.parse_args()
    named = [entry.split("=", 2) for entry in args.repls]
    samples = {name: [] for name, _, _ in named}
    with tempfile.TemporaryDirectory() as home:
        for round_index in range(args.rounds + 1):
            for name, prompt, command in named:
                elapsed = time_to_prompt(shlex.split(command), prompt.encode(), home)
                if round_index > 0:
                    samples[name].append(elapsed)
    baseline = statistics.median(samples[named[0][0]])
    print(f"{'':22} {'median ms':>10} {'min ms':>8} {'ratio':>7}   ({args.rounds} rounds)")
    for name, _, _ in named:
        median = statistics.median(samples[name])
        print(f"{name:22} {median * 1000:10.1f} {min(samples[name]) * 1000:8.1f} {median / baseline:7.2f}")


if __name__ == "__main__":
    main()
