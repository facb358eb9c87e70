"""NumPy versions of the CUTEst-style problems of the time-to-goal suite, for SciPy's L-BFGS-B
(tools/time-to-goal/scipy_peer.py). Each function mirrors dev.curvature.problems (same formula,
same start point; the sums run in another order, so values agree to rounding, not bit for bit):
fg(x) returns (f, grad). The suite checks f(x0) and the gradient at x0 against the Java
implementation before it uses a result (TimeToGoal, 1e-10 relative)."""

import numpy as np


def _tile(pattern, n):
    return np.resize(np.array(pattern, dtype=float), n)


def bdqrtic(x):
    n = x.size
    m = n - 4
    u = [x[a:a + m] for a in range(4)]
    xl = x[n - 1]
    q = u[0] ** 2 + 2 * u[1] ** 2 + 3 * u[2] ** 2 + 4 * u[3] ** 2 + 5 * xl * xl
    lin = 3 - 4 * u[0]
    g = np.zeros(n)
    for a in range(4):
        g[a:a + m] += 4 * q * (a + 1) * u[a]
    g[0:m] -= 8 * lin
    g[n - 1] += np.sum(4 * q * 5 * xl)
    return float(np.sum(lin * lin + q * q)), g


def cragglvy(x):
    n = x.size
    k = n // 2 - 1
    a, b, c, d = (x[j:j + 2 * k:2] for j in range(4))
    ea = np.exp(a)
    p = ea - b
    q = b - c
    s = c - d
    tan = np.tan(s)
    r = tan + s
    a7 = a ** 7
    p2 = p * p
    q4 = q ** 4
    r2 = r * r
    f = np.sum(p2 * p2 + 100 * q4 * q * q + r2 * r2 + a7 * a + (d - 1) ** 2)
    t3 = 4 * r2 * r * (2 + tan * tan)
    g = np.zeros(n)
    g[0:2 * k:2] += 4 * p2 * p * ea + 8 * a7
    g[1:2 * k + 1:2] += -4 * p2 * p + 600 * q4 * q
    g[2:2 * k + 2:2] += -600 * q4 * q + t3
    g[3:2 * k + 3:2] += -t3 + 2 * (d - 1)
    return float(f), g


# DIXMAANA–D: α, β, γ, δ with all powers k = 0
_DIXMAAN_WEIGHTS = {"a": (1, 0, 0.125, 0.125), "b": (1, 0.0625, 0.0625, 0.0625),
                    "c": (1, 0.125, 0.125, 0.125), "d": (1, 0.26, 0.26, 0.26)}


def _dixmaan(variant):
    alpha, beta, gamma, delta = _DIXMAAN_WEIGHTS[variant]

    def fg(x):
        n = x.size
        m = n // 3
        g = 2 * alpha * x
        f = 1 + np.sum(alpha * x * x)
        a, b = x[:n - 1], x[1:]
        qq = b + b * b
        f += np.sum(beta * a * a * qq * qq)
        g[:n - 1] += 2 * beta * a * qq * qq
        g[1:] += 2 * beta * a * a * qq * (1 + 2 * b)
        a, b = x[:2 * m], x[m:3 * m]
        b2 = b * b
        f += np.sum(gamma * a * a * b2 * b2)
        g[:2 * m] += 2 * gamma * a * b2 * b2
        g[m:3 * m] += 4 * gamma * a * a * b2 * b
        a, b = x[:m], x[2 * m:3 * m]
        f += np.sum(delta * a * b)
        g[:m] += delta * b
        g[2 * m:] += delta * a
        return float(f), g
    return fg


def dqdrtic(x):
    n = x.size
    a, b, c = x[:n - 2], x[1:n - 1], x[2:]
    g = np.zeros(n)
    g[:n - 2] += 2 * a
    g[1:n - 1] += 200 * b
    g[2:] += 200 * c
    return float(np.sum(a * a + 100 * b * b + 100 * c * c)), g


def edensch(x):
    n = x.size
    a = x[:n - 1] - 2
    b = x[1:]
    a2 = a * a
    g = np.zeros(n)
    g[:n - 1] += 4 * a2 * a + 2 * b * b * a
    g[1:] += 2 * b * a2 + 2 * (b + 1)
    return float(16 + np.sum(a2 * a2 + b * b * a2 + (b + 1) ** 2)), g


def engval1(x):
    n = x.size
    a, b = x[:n - 1], x[1:]
    q = a * a + b * b
    g = np.zeros(n)
    g[:n - 1] += 4 * q * a - 4
    g[1:] += 4 * q * b
    return float(np.sum(q * q - 4 * a + 3)), g


def liarwhd(x):
    t = x * x - x[0]
    g = 16 * x * t + 2 * (x - 1)
    g[0] += np.sum(-8 * t)
    return float(np.sum(4 * t * t + (x - 1) ** 2)), g


def nondquar(x):
    n = x.size
    g = np.zeros(n)
    s0 = x[0] - x[1]
    s1 = x[n - 2] + x[n - 1]
    g[0] += 2 * s0
    g[1] -= 2 * s0
    g[n - 2] += 2 * s1
    g[n - 1] += 2 * s1
    s = x[:n - 2] + x[1:n - 1] + x[n - 1]
    s3 = 4 * s ** 3
    g[:n - 2] += s3
    g[1:n - 1] += s3
    g[n - 1] += np.sum(s3)
    return float(s0 * s0 + s1 * s1 + np.sum(s ** 4)), g


def powellsg(x):
    x0, x1, x2, x3 = x[0::4], x[1::4], x[2::4], x[3::4]
    a = x0 + 10 * x1
    b = x2 - x3
    c = x1 - 2 * x2
    d = x0 - x3
    c3 = c ** 3
    d3 = d ** 3
    g = np.empty(x.size)
    g[0::4] = 2 * a + 40 * d3
    g[1::4] = 20 * a + 4 * c3
    g[2::4] = 10 * b - 8 * c3
    g[3::4] = -10 * b - 40 * d3
    return float(np.sum(a * a + 5 * b * b + c ** 4 + 10 * d ** 4)), g


def srosenbr(x):
    x0, x1 = x[0::2], x[1::2]
    t = x1 - x0 * x0
    u = 1 - x0
    g = np.empty(x.size)
    g[0::2] = -400 * x0 * t - 2 * u
    g[1::2] = 200 * t
    return float(np.sum(100 * t * t + u * u)), g


def woods(x):
    u0, u1, u2, u3 = x[0::4], x[1::4], x[2::4], x[3::4]
    t1 = u1 - u0 * u0
    t2 = u3 - u2 * u2
    p = u1 + u3 - 2
    q = u1 - u3
    g = np.empty(x.size)
    g[0::4] = -400 * u0 * t1 - 2 * (1 - u0)
    g[1::4] = 200 * t1 + 20 * p + 0.2 * q
    g[2::4] = -360 * u2 * t2 - 2 * (1 - u2)
    g[3::4] = 180 * t2 + 20 * p - 0.2 * q
    f = np.sum(100 * t1 * t1 + (1 - u0) ** 2 + 90 * t2 * t2 + (1 - u2) ** 2 + 10 * p * p + 0.1 * q * q)
    return float(f), g


def _cragglvy_start(n):
    x = np.full(n, 2.0)
    x[0] = 1
    return x


PROBLEMS = {
    "bdqrtic": (bdqrtic, lambda n: np.ones(n)),
    "cragglvy": (cragglvy, _cragglvy_start),
    "dixmaana": (_dixmaan("a"), lambda n: np.full(n, 2.0)),
    "dixmaanb": (_dixmaan("b"), lambda n: np.full(n, 2.0)),
    "dixmaanc": (_dixmaan("c"), lambda n: np.full(n, 2.0)),
    "dixmaand": (_dixmaan("d"), lambda n: np.full(n, 2.0)),
    "dqdrtic": (dqdrtic, lambda n: np.full(n, 3.0)),
    "edensch": (edensch, lambda n: np.zeros(n)),
    "engval1": (engval1, lambda n: np.full(n, 2.0)),
    "liarwhd": (liarwhd, lambda n: np.full(n, 4.0)),
    "nondquar": (nondquar, lambda n: _tile([1, -1], n)),
    "powellsg": (powellsg, lambda n: _tile([3, -1, 0, 1], n)),
    "srosenbr": (srosenbr, lambda n: _tile([-1.2, 1], n)),
    "woods": (woods, lambda n: _tile([-3, -1, -3, -1], n)),
}
