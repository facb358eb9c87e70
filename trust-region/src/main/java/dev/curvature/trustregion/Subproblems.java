package dev.curvature.trustregion;

import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.Vectors;

/** Small pieces shared by the subproblem solvers. None allocates. */
final class Subproblems {
    private Subproblems() {
    }

    /** m(p) = gᵀp + ½pᵀBp, using {@code work} (length n) for Bp. */
    static double modelValue(CurvatureModel model, double[] x, double[] g, double[] p,
            double[] work) {
        model.multiply(x, g, p, work);
        return Vectors.dot(g, p) + 0.5 * Vectors.dot(p, work);
    }

    /**
     * The two roots τ₋ ≤ 0 ≤ τ₊ of ‖z + τd‖₂ = Δ for a point z inside the region (‖z‖ ≤ Δ) and a
     * direction d ≠ 0, computed without cancellation. Writes τ₋ into roots[0] and τ₊ into
     * roots[1].
     */
    static void boundaryRoots(double[] z, double[] d, double radius, double[] roots) {
        double zz = Vectors.dot(z, z);
        double zd = Vectors.dot(z, d);
        double dd = Vectors.dot(d, d);
        double c = zz - radius * radius; // ≤ 0 inside the region
        double disc = Math.sqrt(Math.max(0, zd * zd - dd * c));
        if (zd >= 0) {
            double q = -(zd + disc); // ≤ 0
            roots[0] = q / dd;
            roots[1] = q == 0 ? 0 : c / q;
        } else {
            double q = disc - zd; // > 0
            roots[1] = q / dd;
            roots[0] = c / q;
        }
    }

    /**
     * The next conjugate-gradient direction d ← −r + βd, β = ‖r_{j+1}‖²/‖r_j‖² (Fletcher–Reeves
     * form of linear CG, N&amp;W Algorithm 5.2).
     */
    static void conjugateDirection(double[] r, double beta, double[] d) {
        for (int i = 0; i < d.length; i++) {
            d[i] = -r[i] + beta * d[i];
        }
    }

    /**
     * The Cauchy point (N&amp;W (4.11)–(4.12)): p = −τ(Δ/‖g‖)g with τ = 1 when gᵀBg ≤ 0, else
     * min(‖g‖³/(Δ gᵀBg), 1).
     *
     * @param gBg gᵀBg
     * @return m(p)
     */
    static double cauchyPoint(double[] g, double gBg, double radius, double[] p) {
        double gg = Vectors.dot(g, g);
        double gNorm = Math.sqrt(gg);
        double tau = gBg <= 0 ? 1 : Math.min(gg * gNorm / (radius * gBg), 1);
        double t = tau * radius / gNorm;
        Vectors.scale(-t, g, p);
        return -t * gg + 0.5 * t * t * gBg;
    }
}
