#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample --stack-depth 100 rec.jfr > rec.txt`.

    python3 benchmarks/jfr-top.py rec.txt [FRAME_FILTER] [PREFIXES...]

Counts the samples whose stack contains FRAME_FILTER (all samples without it), then prints the top self frames and
the inclusive share of every frame whose name contains one of PREFIXES (default: dev.lvb).
"""
import collections
import re
import sys


def main():
    text = open(sys.argv[1]).read()
    only = sys.argv[2] if len(sys.argv) > 2 else None
    prefixes = sys.argv[3:] or ["dev.lvb"]
    samples = []
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+)\(.*?\)\s+line:", event, re.M)
        if frames and (only is None or any(only in f for f in frames)):
            samples.append(frames)
    n = len(samples)
    print(f"{n} samples" + (f" with {only} on the stack" if only else ""))
    if not n:
        return
    print("-- top self frames")
    for frame, c in collections.Counter(s[0] for s in samples).most_common(15):
        print(f"{c:6d} {100 * c / n:5.1f}%  {frame}")
    print("-- inclusive")
    inclusive = collections.Counter()
    for s in samples:
        for frame in set(s):
            inclusive[frame] += 1
    for frame, c in inclusive.most_common():
        if any(p in frame for p in prefixes):
            print(f"{c:6d} {100 * c / n:5.1f}%  {frame}")


if __name__ == "__main__":
    main()
