# Times SciPy's sparse direct solver (SuperLU) on matrices written by Greenlane's footprint benchmark:
# factorise A, solve A s = f for the reference product, the inventory g = B s, the total c.g and the direct
# contribution of each process (c B) * s. Usage: scipy_lu.py <A.mtx> <B.mtx> <c.txt> <reference> <permc_spec> <rounds>
import json
import sys
import time

import numpy as np
import scipy
import scipy.io
import scipy.sparse.linalg as sla


def main():
    a_path, b_path, c_path, reference, spec, rounds = sys.argv[1:7]
    a = scipy.io.mmread(a_path).tocsc()
    b = scipy.io.mmread(b_path).tocsr()
    c = np.loadtxt(c_path)
    f = np.zeros(a.shape[0])
    f[int(reference)] = 1.0
    times = []
    total = None
    nnz = None
    for _ in range(int(rounds)):
        t0 = time.perf_counter()
        lu = sla.splu(a, permc_spec=spec)
        s = lu.solve(f)
        g = b @ s
        total = float(c @ g)
        contributions = (b.T @ c) * s
        t1 = time.perf_counter()
        times.append(t1 - t0)
        nnz = int(lu.L.nnz + lu.U.nnz)
        assert abs(contributions.sum() - total) <= 1e-6 * max(1.0, abs(total))
    print(json.dumps({"spec": spec, "seconds": sorted(times)[len(times) // 2], "total": total, "lu_nnz": nnz,
                      "scipy": scipy.__version__}))


if __name__ == "__main__":
    main()
