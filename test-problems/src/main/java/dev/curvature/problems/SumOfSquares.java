package dev.curvature.problems;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * A nonlinear least-squares objective f(x) = Σᵢ rᵢ(x)², the form of most Moré–Garbow–Hillstrom
 * problems: ∇f = 2Jᵀr and ∇²f = 2(JᵀJ + Σᵢ rᵢ∇²rᵢ), assembled one residual (one row of J) at a
 * time through {@link ElementSum}, so a residual that touches few variables costs little.
 */
abstract class SumOfSquares extends ElementSum {

    SumOfSquares(String name, double[] start, OptionalDouble fStar, String source) {
        super(name, start, fStar, source);
    }

    /**
     * Residual {@code i} at its variables {@code u[0..k)}. When {@code grad} is non-null writes
     * ∂rᵢ/∂u into it; when {@code hess} is non-null writes ∇²rᵢ (row-major, stride k, both
     * triangles). Both arrive zeroed, so only non-zero entries need writing.
     */
    abstract double residual(int i, double[] u, int k, double[] grad, double[] hess);

    @Override
    final double element(int e, Work w, int order) {
        int k = w.k;
        double[] rg = null;
        double[] rh = null;
        if (order >= 1) {
            rg = w.rg;
            Arrays.fill(rg, 0, k, 0.0);
        }
        if (order >= 2) {
            rh = w.rh;
            Arrays.fill(rh, 0, k * k, 0.0);
        }
        double r = residual(e, w.u, k, rg, rh);
        if (order >= 1) {
            for (int a = 0; a < k; a++) {
                w.g[a] = 2 * r * rg[a];
            }
        }
        if (order >= 2) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    w.h[a * k + b] = 2 * (rg[a] * rg[b] + r * rh[a * k + b]);
                }
            }
        }
        return r * r;
    }
}
