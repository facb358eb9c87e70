package dev.curvature.trustregion;

import dev.curvature.api.spi.Vectors;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The global minimum of m(p) = gᵀp + ½pᵀBp over ‖p‖ ≤ Δ from an EJML eigen-decomposition
 * B = QΛQᵀ (N&amp;W Theorem 4.1 and §4.3): with ĝ = Qᵀg, either B ≻ 0 and ‖B⁻¹g‖ ≤ Δ, or
 * λ* ≥ max(0, −λ₁) solves Σ ĝᵢ²/(λᵢ + λ)² = Δ² (found by bisection), or — the hard case —
 * λ* = −λ₁ and p = −Σ_{λᵢ > λ₁} ĝᵢ/(λᵢ − λ₁)qᵢ + τq₁ with ‖p‖ = Δ. Test-side reference only.
 */
final class GlobalSolution {
    final double value;
    final double lambda;
    final double[] step;
    final double smallestEigenvalue;
    final double largestAbsEigenvalue;

    private GlobalSolution(double value, double lambda, double[] step, double smallest,
            double largestAbs) {
        this.value = value;
        this.lambda = lambda;
        this.step = step;
        this.smallestEigenvalue = smallest;
        this.largestAbsEigenvalue = largestAbs;
    }

    static GlobalSolution of(DMatrixRMaj b, double[] g, double radius) {
        int n = g.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(b.copy())) {
            throw new IllegalStateException("eigen-decomposition failed");
        }
        double[] lam = new double[n];
        double[][] q = new double[n][];
        for (int i = 0; i < n; i++) {
            lam[i] = eig.getEigenvalue(i).real;
            q[i] = eig.getEigenVector(i).data.clone();
        }
        // sort ascending
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, c) -> Double.compare(lam[a], lam[c]));
        double[] l = new double[n];
        double[] gh = new double[n];
        double[][] qs = new double[n][];
        for (int i = 0; i < n; i++) {
            l[i] = lam[order[i]];
            qs[i] = q[order[i]];
            gh[i] = Vectors.dot(qs[i], g);
        }
        double largestAbs = Math.max(Math.abs(l[0]), Math.abs(l[n - 1]));
        double[] coef = new double[n];
        double lambda;
        double tol = 1e-13 * Math.max(1, largestAbs);
        if (l[0] > 0 && norm(gh, l, 0) <= radius) {
            lambda = 0;
            for (int i = 0; i < n; i++) {
                coef[i] = -gh[i] / l[i];
            }
        } else {
            // Hard case: components along eigenvalues within tol of λ₁ vanish.
            double hardNorm2 = 0;
            boolean hard = true;
            for (int i = 0; i < n; i++) {
                if (l[i] - l[0] <= tol) {
                    if (Math.abs(gh[i]) > 1e-12 * Vectors.norm2(g)) {
                        hard = false;
                    }
                } else {
                    double c = gh[i] / (l[i] - l[0]);
                    hardNorm2 += c * c;
                }
            }
            if (hard && Math.sqrt(hardNorm2) <= radius) {
                lambda = -l[0];
                double in2 = 0;
                for (int i = 0; i < n; i++) {
                    if (l[i] - l[0] > tol) {
                        coef[i] = -gh[i] / (l[i] - l[0]);
                        in2 += coef[i] * coef[i];
                    }
                }
                coef[0] = Math.sqrt(Math.max(0, radius * radius - in2));
            } else {
                // Bisection on μ = λ + λ₁ (not λ itself), so that p = −Σ ĝᵢ/(λᵢ − λ₁ + μ) qᵢ
                // keeps full relative accuracy when μ is tiny (the nearly hard case).
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = l[i] - l[0];
                }
                double a = Math.max(0, l[0]);
                double hi = a + Vectors.norm2(g) / radius + largestAbs + 1;
                for (int it = 0; it < 2000; it++) {
                    double mid = 0.5 * (a + hi);
                    if (mid == a || mid == hi) {
                        break;
                    }
                    if (norm(gh, d, mid) > radius) {
                        a = mid;
                    } else {
                        hi = mid;
                    }
                }
                lambda = hi - l[0];
                for (int i = 0; i < n; i++) {
                    coef[i] = -gh[i] / (d[i] + hi);
                }
            }
        }
        double[] p = new double[n];
        double value = 0;
        for (int i = 0; i < n; i++) {
            Vectors.axpy(coef[i], qs[i], p);
            value += gh[i] * coef[i] + 0.5 * l[i] * coef[i] * coef[i];
        }
        return new GlobalSolution(value, lambda, p, l[0], largestAbs);
    }

    private static double norm(double[] gh, double[] l, double lambda) {
        double s = 0;
        for (int i = 0; i < gh.length; i++) {
            double c = gh[i] / (l[i] + lambda);
            s += c * c;
        }
        return Math.sqrt(s);
    }

    /** m(p) = gᵀp + ½pᵀBp. */
    static double model(DMatrixRMaj b, double[] g, double[] p) {
        double[] bp = new double[p.length];
        Vectors.multiply(b, p, bp);
        return Vectors.dot(g, p) + 0.5 * Vectors.dot(p, bp);
    }
}
