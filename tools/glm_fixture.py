#!/usr/bin/env python3
"""One-off generator of the statsmodels GLM fixture of model-fitting's tests.

Writes, under model-fitting/src/test/resources/glm/:
  logistic.csv   x1,x2,y                (200 rows, y in {0,1})
  poisson.csv    x1,x2,exposure,y       (200 rows, counts, exposure > 0)
  ols.csv        x1,x2,y                (200 rows, y linear in x plus noise)
  statsmodels.json  for each model: coefficients (const, x1, x2), standard errors,
                    z or t values, p-values, 95% intervals, log-likelihood, deviance (or
                    RSS), from statsmodels GLM (Binomial/logit, Poisson/log with exposure,
                    fitted by IRLS to tol 1e-14) and OLS.

Run with the Debian statsmodels (apt-get install python3-statsmodels):
  /usr/bin/python3 tools/glm_fixture.py
The data are drawn with a fixed seed; rerunning reproduces the committed files.
"""
import json
import os

import numpy as np
import statsmodels
import statsmodels.api as sm

OUT = os.path.join(os.path.dirname(__file__), "..", "model-fitting", "src", "test", "resources", "glm")


def fit(family, y, X, **kw):
    res = sm.GLM(y, X, family=family, **kw).fit(tol=1e-14, maxiter=200)
    return {
        "coefficients": [float(v) for v in res.params],
        "standardErrors": [float(v) for v in res.bse],
        "statistics": [float(v) for v in res.tvalues],
        "pValues": [float(v) for v in res.pvalues],
        "lower": [float(v) for v in res.conf_int(0.05)[:, 0]],
        "upper": [float(v) for v in res.conf_int(0.05)[:, 1]],
        "logLikelihood": float(res.llf),
        "deviance": float(res.deviance),
        "iterations": int(res.fit_history["iteration"]),
    }


def ols(y, X):
    res = sm.OLS(y, X).fit()
    return {
        "coefficients": [float(v) for v in res.params],
        "standardErrors": [float(v) for v in res.bse],
        "statistics": [float(v) for v in res.tvalues],
        "pValues": [float(v) for v in res.pvalues],
        "lower": [float(v) for v in res.conf_int(0.05)[:, 0]],
        "upper": [float(v) for v in res.conf_int(0.05)[:, 1]],
        "logLikelihood": float(res.llf),
        "deviance": float(res.ssr),
    }


def main():
    rng = np.random.default_rng(20240518)
    n = 200
    x1 = rng.normal(size=n)
    x2 = rng.uniform(-1, 2, size=n)
    X = sm.add_constant(np.column_stack([x1, x2]))

    eta = -0.4 + 1.1 * x1 - 0.7 * x2
    y_logit = (rng.uniform(size=n) < 1 / (1 + np.exp(-eta))).astype(float)

    exposure = rng.uniform(0.5, 3.0, size=n)
    mu = exposure * np.exp(0.3 + 0.5 * x1 - 0.4 * x2)
    y_pois = rng.poisson(mu).astype(float)

    y_ols = 1.5 + 0.08 * x1 - 2.0 * x2 + rng.normal(scale=0.9, size=n)

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "logistic.csv"), "w") as f:
        f.write("x1,x2,y\n")
        for a, b, c in zip(x1, x2, y_logit):
            f.write(f"{a!r},{b!r},{int(c)}\n")
    with open(os.path.join(OUT, "poisson.csv"), "w") as f:
        f.write("x1,x2,exposure,y\n")
        for a, b, e, c in zip(x1, x2, exposure, y_pois):
            f.write(f"{a!r},{b!r},{e!r},{int(c)}\n")

    with open(os.path.join(OUT, "ols.csv"), "w") as f:
        f.write("x1,x2,y\n")
        for a, b, c in zip(x1, x2, y_ols):
            f.write(f"{a!r},{b!r},{c!r}\n")

    fixture = {
        "generator": "tools/glm_fixture.py",
        "statsmodels": statsmodels.__version__,
        "numpy": np.__version__,
        "logistic": fit(sm.families.Binomial(), y_logit, X),
        "poisson": fit(sm.families.Poisson(), y_pois, X, exposure=exposure),
        "ols": ols(y_ols, X),
    }
    with open(os.path.join(OUT, "statsmodels.json"), "w") as f:
        json.dump(fixture, f, indent=2)
        f.write("\n")
    print(json.dumps(fixture, indent=2))


if __name__ == "__main__":
    main()
