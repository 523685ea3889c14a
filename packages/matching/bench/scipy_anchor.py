"""scipy anchor for the matching bench: solves the same dense matrices (read as float64 binaries) with
scipy.optimize.linear_sum_assignment and prints one JSON line per size: {"n", "seconds", "cost"} (best of `repeats`)."""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

repeats = int(sys.argv[1])
for path in sys.argv[2:]:
    data = np.fromfile(path, dtype=np.float64)
    n = int(round(len(data) ** 0.5))
    cost = data.reshape(n, n)
    best = float("inf")
    total = 0.0
    for _ in range(repeats):
        started = time.perf_counter()
        rows, cols = linear_sum_assignment(cost)
        best = min(best, time.perf_counter() - started)
        total = float(cost[rows, cols].sum())
    print(json.dumps({"n": n, "seconds": best, "cost": total}), flush=True)
