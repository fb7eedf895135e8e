#!/usr/bin/env python3
"""Summarises JMH JSON results (-rf json) the way BENCHMARKS.md reports them.

SampleTime benchmarks: the median (p50) and tail percentiles JMH computed over all samples.
SingleShotTime benchmarks: the median of all iterations, the first iteration of each fork (the
first cold start in a fresh JVM) apart from the later ones (cold starts in a JVM that has run the
harness before), and every fork's iterations.

Usage: python3 benchmarks/summarize.py result.json [more.json ...]
"""
import json
import statistics
import sys


def short(name):
    return ".".join(name.split(".")[-2:])


def sample_time(benchmark):
    metric = benchmark["primaryMetric"]
    p = metric["scorePercentiles"]
    print(f"{short(benchmark['benchmark'])}: p50 {p['50.0']:.2f}  p90 {p['90.0']:.2f}  p99 {p['99.0']:.2f}"
          f"  mean {metric['score']:.2f} {metric['scoreUnit']}")


def single_shot(benchmark):
    metric = benchmark["primaryMetric"]
    forks = metric["rawData"]
    every = [v for fork in forks for v in fork]
    first = [fork[0] for fork in forks]
    later = sorted(v for fork in forks for v in fork[1:])
    line = (f"{short(benchmark['benchmark'])} {benchmark.get('params') or ''}: all {len(every)} median "
            f"{statistics.median(every):.2f} {metric['scoreUnit']}; first of each fork "
            f"{', '.join(f'{v:.1f}' for v in first)}")
    if later:
        line += (f"; later {len(later)} median {statistics.median(later):.2f}, p10 {later[len(later) // 10]:.2f},"
                 f" p90 {later[len(later) * 9 // 10]:.2f}")
    print(line)
    for number, fork in enumerate(forks, 1):
        print(f"    fork {number}: " + " ".join(f"{v:.1f}" for v in fork))


for path in sys.argv[1:]:
    print(f"== {path}")
    for result in json.load(open(path)):
        if result["mode"] == "sample":
            sample_time(result)
        else:
            single_shot(result)
