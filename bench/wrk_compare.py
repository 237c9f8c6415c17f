#!/usr/bin/env python3
"""Load-tests HTTP servers side by side: each round starts every server in
turn, waits for its "listening at URL" line, runs `wrk` against URL + PATH,
and stops it. Reports each server's median requests/s, its errors (socket
errors and non-2xx answers, summed over all rounds) and the ratio to the
first server (the baseline).

usage: wrk_compare.py [--rounds N] [--wrk "wrk -t2 -c100 -d10s"] [--path /health] NAME=COMMAND ...
"""
import argparse
import os
import re
import select
import shlex
import signal
import statistics
import subprocess
import sys
import time


def start(command):
    """Starts a server; returns (process, url) once it printed where it listens."""
    process = subprocess.Popen(shlex.split(command), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready:
            line = process.stdout.readline()
            found = re.search(r"listening at (http://\S+)", line)
            if found:
                return process, found.group(1).rstrip("/")
            if line == "":
                break
    process.kill()
    sys.exit(f"{command}: did not say where it listens ({line!r}): {process.stderr.read()[:2000]}")


def load(wrk, url):
    """Runs wrk; returns (requests per second, errors)."""
    output = subprocess.run(shlex.split(wrk) + [url], capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, errors + (int(non2xx.group(1)) if non2xx else 0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--wrk", default="wrk -t2 -c100 -d10s")
    parser.add_argument("--path", default="/health")
    parser.add_argument("servers", nargs="+", help="NAME=COMMAND; the first is the baseline")
    args = parser.parse_args()
    named = [s.split("=", 1) for s in args.servers]
    rates = {name: [] for name, _ in named}
    errors = {name: 0 for name, _ in named}
    for _ in range(args.rounds):
        for name, command in named:
            process, url = start(command)
            try:
                rate, failed = load(args.wrk, url + args.path)
            finally:
                process.send_signal(signal.SIGINT)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
            rates[name].append(rate)
            errors[name] += failed
    base = statistics.median(rates[named[0][0]])
    print(f"{'server':<24} {'requests/s':>11} {'errors':>7} {'ratio':>7}   (median of {args.rounds}: {args.wrk})")
    for name, _ in named:
        rate = statistics.median(rates[name])
        print(f"{name:<24} {rate:11.0f} {errors[name]:7d} {rate / base:7.2f}")


if __name__ == "__main__":
    main()
