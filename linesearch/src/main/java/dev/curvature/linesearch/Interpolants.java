package dev.curvature.linesearch;

/**
 * Minimizers of the one-dimensional interpolants that the Wolfe searches use to choose trial
 * steps (Nocedal &amp; Wright, 2nd ed., §3.5 "Interpolation"; Moré &amp; Thuente 1994, §4). Each
 * returns NaN (never throws) when its interpolant has no minimizer or the data are degenerate, so
 * callers fall back to a safe choice (a secant step or bisection).
 */
final class Interpolants {
    private Interpolants() {
    }

    /**
     * The local minimizer of the cubic matching φ and φ' at a and b (N&amp;W eq. (3.59)), computed
     * in the scaled form of Moré &amp; Thuente §4 that avoids overflow: with
     * θ = 3(φ(a) − φ(b))/(b − a) + φ'(a) + φ'(b) and γ = ±√(θ² − φ'(a)φ'(b)) (sign of b − a), the
     * minimizer is a + r(b − a), r = (γ − φ'(a) + θ)/(2γ − φ'(a) + φ'(b)).
     *
     * @return the minimizer, or NaN when θ² &lt; φ'(a)φ'(b) (no local minimizer), the data are
     *     non-finite, or a = b
     */
    static double cubicMinimizer(double a, double fa, double da, double b, double fb, double db) {
        double theta = 3 * (fa - fb) / (b - a) + da + db;
        double s = Math.max(Math.abs(theta), Math.max(Math.abs(da), Math.abs(db)));
        if (!(s > 0) || Double.isInfinite(s)) {
            return Double.NaN;
        }
        double discriminant = (theta / s) * (theta / s) - (da / s) * (db / s);
        if (!(discriminant >= 0)) {
            return Double.NaN;
        }
        double gamma = s * Math.sqrt(discriminant);
        if (b < a) {
            gamma = -gamma;
        }
        double p = gamma - da + theta;
        double q = gamma - da + gamma + db;
        double minimizer = a + p / q * (b - a);
        return Double.isFinite(minimizer) ? minimizer : Double.NaN;
    }

    /**
     * The minimizer of the quadratic matching φ(a), φ'(a) and φ(b) (N&amp;W eq. (3.57) with a = 0);
     * NaN when that quadratic is not convex or the data are degenerate.
     */
    static double quadraticMinimizer(double a, double fa, double da, double b, double fb) {
        double h = b - a;
        double curvature = (fb - fa) / h - da; // = c·h where q(α) = fa + da(α−a) + c(α−a)²
        if (!(curvature * h > 0)) {
            return Double.NaN;
        }
        double minimizer = a - da * h / (2 * curvature);
        return Double.isFinite(minimizer) ? minimizer : Double.NaN;
    }

    /**
     * The zero of the line through (a, φ'(a)) and (b, φ'(b)): the secant step on φ', i.e. the
     * minimizer of the quadratic matching φ'(a) and φ'(b) (Hager &amp; Zhang 2005, eq. (4.1);
     * Moré &amp; Thuente §4, α_s). NaN when φ'(a) = φ'(b) or the data are non-finite.
     */
    static double secant(double a, double da, double b, double db) {
        double zero = a - da * (b - a) / (db - da);
        return Double.isFinite(zero) ? zero : Double.NaN;
    }
}
