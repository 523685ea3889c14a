"""scipy anchor for the command row of the matching bench: reads the same instance document the command reads
(JSON, {"rows", "cols", "edges": [[row, col, score], ...]}), builds the weight matrix and solves it with
scipy.optimize.linear_sum_assignment(maximize=True) `repeats` times. Prints one JSON line:
{"load_seconds", "seconds": [one per run], "total"} (load = json.load and the matrix, once)."""
import json
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

repeats = int(sys.argv[1])
started = time.perf_counter()
with open(sys.argv[2]) as f:
    doc = json.load(f)
edges = np.array(doc["edges"], dtype=np.float64)
weights = np.zeros((doc["rows"], doc["cols"]))
weights[edges[:, 0].astype(np.int64), edges[:, 1].astype(np.int64)] = edges[:, 2]
load = time.perf_counter() - started
seconds = []
total = 0.0
for _ in range(repeats):
    started = time.perf_counter()
    rows, cols = linear_sum_assignment(weights, maximize=True)
    seconds.append(time.perf_counter() - started)
    total = float(weights[rows, cols].sum())
print(json.dumps({"load_seconds": load, "seconds": seconds, "total": total}), flush=True)
