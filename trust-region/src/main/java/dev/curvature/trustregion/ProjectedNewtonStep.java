package dev.curvature.trustregion;

import dev.curvature.api.Bounds;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.Vectors;

/**
 * The trial step of a trust-region Newton method in a box l ≤ x ≤ u, after TRON (Lin &amp; Moré
 * 1999, "Newton's method for large bound-constrained optimization problems", SIAM J. Optim.
 * 9(4):1100–1127). It approximately minimizes the model q(s) = gᵀs + ½sᵀBs over
 * {x + s in the box, ‖s‖₂ ≤ Δ} in two stages:
 * <ol>
 *   <li>a generalized Cauchy step s_C = P(x − αg) − x along the projected-gradient path, α found
 *       by a projected search that backtracks (α ← α/10) or extrapolates (α ← 10α) from the
 *       previous iteration's α until q(s) ≤ μ₀gᵀs and ‖s‖ ≤ Δ (Lin &amp; Moré §3, μ₀ = 10⁻²);
 *   <li>minor iterations (§4): on the variables free at the current point (strictly inside
 *       their bounds) a Steihaug conjugate gradient (N&amp;W Algorithm 7.2) on the reduced model
 *       from the current s, kept inside ‖s‖ ≤ Δ, then a projected search along its step w:
 *       β ∈ {1, ½, ¼, …} until q(P(x + s + βw) − x) ≤ q(s) + μ₀β∇q(s)ᵀw, or β = the first
 *       breakpoint β_min where x + s + βw leaves the box. The minor iterations end when the
 *       reduced gradient ‖∇q(s)_F‖ falls below η·min(‖g_F‖, ‖r₀‖), η = min(0.1, √‖g_F‖), r₀
 *       the reduced gradient where the minor iteration started (N&amp;W §7.1; TRON's
 *       {@code dspcg} tests against ‖g_F‖ alone; see {@link #FORCING}),
 *       when the CG reached the trust-region boundary or met non-positive curvature (TRON's
 *       exit), when no variable is free, or after n of them (each other one adds a bound).
 * </ol>
 * Every step ends in the box: the trial point is built as P(·) and the variable that stops a
 * projected search at its first breakpoint is set exactly onto its bound. Two deviations from
 * TRON, both to keep the trust-region bookkeeping of {@link TrustRegion} unchanged: the CG of a
 * minor iteration bounds the whole step ‖s + w‖ ≤ Δ (TRON bounds ‖w‖ ≤ Δ, so its steps may reach
 * 2Δ), and CG is not preconditioned (TRON uses an incomplete Cholesky factor), so
 * the CG steps are more and cheaper. A model that is a {@link VariableScaling} (the Gauss–Newton
 * model of a least-squares fit) gets Moré's (1978) scaled region ‖Ds‖ ≤ Δ instead, D_k the
 * largest column norms of J seen so far: the method then runs in the variables Dx. Only products
 * B·v are used. Per run; every work array allocated here, once.
 */
final class ProjectedNewtonStep {
    /** Sufficient-decrease constant μ₀ of both projected searches (Lin &amp; Moré §3–4, TRON). */
    static final double SUFFICIENT_DECREASE = 0.01;
    /** Backtracking factor of the Cauchy search (TRON's {@code interpf}). */
    static final double CAUCHY_SHRINK = 0.1;
    /** Extrapolation factor of the Cauchy search (TRON's {@code extrapf}). */
    static final double CAUCHY_EXPAND = 10;
    /** Backtracking factor of the projected search along a CG step (TRON's {@code dprsrch}). */
    static final double SEARCH_SHRINK = 0.5;
    /**
     * The largest forcing term η of the minor iterations' test ‖∇q(s)_F‖ ≤ η·min(‖g_F‖, ‖r₀‖),
     * η = min(η_max, √‖g_F‖) → 0 for a superlinear rate (N&amp;W §7.1, Theorem 7.2; TRON's
     * {@code rtol} test). Tighter than the ½ of {@link SteihaugCg}, and relative to r₀ too: that
     * CG starts from 0 and its first step is the exact Cauchy step, but here CG restarts from the
     * (inexact) Cauchy point, whose step may already have removed most of ‖g‖ along the stiff
     * directions; a test on ‖g_F‖ alone then stops before any step along a valley (measured: HS1
     * took 314 iterations with ½·‖r₀‖, 30 with 0.1·‖g_F‖, 26 with this test; Misra1a's bounded fit
     * 52 with 0.1·‖g_F‖, 31 with this test).
     */
    static final double FORCING = 0.1;
    /** Safeguard on the trials of one projected search (2⁻⁶⁰ or 10⁻⁶⁰ of the first α). */
    private static final int MAX_TRIALS = 60;

    private final CurvatureModel model;
    /** The model's variable scaling, or null (then D = I). */
    private final VariableScaling scaling;
    private final Bounds bounds;
    private final int n;
    /** D, the diagonal scaling: the region is ‖Ds‖ ≤ Δ; all 1 without {@link #scaling}. */
    private final double[] scale;
    private final double[] scaleUpdate;
    /** D·x and D⁻¹g, the iterate and gradient in the scaled variables. */
    private final double[] xs;
    private final double[] gs;
    /** D⁻¹v, the unscaled argument of a product. */
    private final double[] unscaled;
    /** The iterate and gradient of the current solve, for the model's products. */
    private double[] baseX;
    private double[] baseG;
    private final int maxCgIterations;
    /** x + s, in the box. */
    private final double[] point;
    private final double[] s;
    private final double[] bs;
    /** ∇q(s) = g + Bs at the start of a minor iteration. */
    private final double[] modelGradient;
    private final double[] r;
    private final double[] d;
    private final double[] bd;
    /** s + w along CG. */
    private final double[] y;
    private final double[] w;
    private final double[] trialPoint;
    private final double[] trialStep;
    private final double[] trialProduct;
    private final boolean[] free;
    private final double[] roots = new double[2];
    /** Whether D has been set from the model's scaling once. */
    private boolean scaled;
    /** The Cauchy α, carried from one iteration to the next (TRON's {@code alphac}). */
    private double cauchyAlpha = 1;
    /** q(s) at the last Cauchy trial. */
    private double cauchyValue;
    private int cgIterations;
    /** The index that defines the last first breakpoint, or −1. */
    private int breakpointIndex;

    ProjectedNewtonStep(CurvatureModel model, Bounds bounds, int n, int maxCgIterations) {
        this.model = model;
        this.scaling = model instanceof VariableScaling v ? v : null;
        this.bounds = bounds;
        this.n = n;
        this.scale = new double[n];
        java.util.Arrays.fill(scale, 1.0);
        this.scaleUpdate = new double[n];
        this.xs = new double[n];
        this.gs = new double[n];
        this.unscaled = new double[n];
        this.maxCgIterations = maxCgIterations;
        this.point = new double[n];
        this.s = new double[n];
        this.bs = new double[n];
        this.modelGradient = new double[n];
        this.r = new double[n];
        this.d = new double[n];
        this.bd = new double[n];
        this.y = new double[n];
        this.w = new double[n];
        this.trialPoint = new double[n];
        this.trialStep = new double[n];
        this.trialProduct = new double[n];
        this.free = new boolean[n];
    }

    /**
     * Computes the step from x (in the box) within the region ‖Ds‖₂ ≤ Δ (D = I unless the model
     * is a {@link VariableScaling}). The method runs in the scaled variables x̂ = Dx, where the
     * model is q̂(ŝ) = (D⁻¹g)ᵀŝ + ½ŝᵀD⁻¹BD⁻¹ŝ and the box is Dl ≤ x̂ ≤ Du (Moré 1978, §4; with
     * D = I every scaling is exact, so the arithmetic is that of the unscaled method).
     *
     * @param x the iterate (do not modify)
     * @param g ∇f(x) (do not modify)
     * @param radius Δ &gt; 0
     * @param trial receives x + s, in the box
     * @param step receives s
     * @return q(s) = gᵀs + ½sᵀBs (NaN when the model is not finite)
     */
    double solve(double[] x, double[] g, double radius, double[] trial, double[] step) {
        baseX = x;
        baseG = g;
        if (scaling != null) {
            scaling.scaling(x, g, scaleUpdate);
            for (int i = 0; i < n; i++) {
                // Moré 1978 (6.3): D_k = max(D_{k−1}, ‖J_k e_i‖); a scale that is not positive
                // and finite is ignored (D stays 1 until one is)
                double d = scaleUpdate[i];
                if (d > 0 && Double.isFinite(d)) {
                    scale[i] = scaled ? Math.max(scale[i], d) : d;
                }
            }
            scaled = true;
        }
        for (int i = 0; i < n; i++) {
            xs[i] = x[i] * scale[i];
            gs[i] = g[i] / scale[i];
        }
        x = xs;
        g = gs;
        cgIterations = 0;
        double q = cauchyStep(x, g, radius);
        if (!Double.isFinite(q)) {
            return Double.NaN;
        }
        for (int minor = 0; minor < n; minor++) {
            double rr = 0;
            double gg = 0;
            int freeCount = 0;
            for (int i = 0; i < n; i++) {
                free[i] = point[i] > lower(i) && point[i] < upper(i);
                modelGradient[i] = g[i] + bs[i];
                r[i] = free[i] ? modelGradient[i] : 0;
                rr += r[i] * r[i];
                gg += free[i] ? g[i] * g[i] : 0;
                freeCount += free[i] ? 1 : 0;
            }
            double gFree = Math.sqrt(gg);
            double rNorm = Math.sqrt(rr);
            double tolerance = Math.min(FORCING, Math.sqrt(gFree)) * Math.min(gFree, rNorm);
            if (freeCount == 0 || !(rNorm > tolerance)) {
                break;
            }
            int status = conjugateGradient(x, g, radius, rr, tolerance);
            if (status < 0) {
                return Double.NaN;
            }
            Vectors.subtract(y, s, w);
            projectedSearch(x, g, q);
            q = modelAt(x, g, s, bs);
            if (!Double.isFinite(q) || status == ON_BOUNDARY) {
                break;
            }
        }
        if (!Double.isFinite(q)) {
            return Double.NaN;
        }
        for (int i = 0; i < n; i++) {
            double v = point[i] == lower(i) ? bounds.lower(i)
                    : point[i] == upper(i) ? bounds.upper(i) : point[i] / scale[i];
            trial[i] = bounds.project(i, v);
            step[i] = trial[i] - baseX[i];
        }
        return q;
    }

    /** ‖Ds‖₂ of the last {@link #solve}'s step, the norm its region bounds. */
    double scaledStepNorm() {
        return Vectors.norm2(s);
    }

    /** ‖Dx‖₂. */
    double scaledNorm(double[] x) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double v = scale[i] * x[i];
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    /** The scaled lower bound D_i·l_i. */
    private double lower(int i) {
        return bounds.lower(i) * scale[i];
    }

    /** The scaled upper bound D_i·u_i. */
    private double upper(int i) {
        return bounds.upper(i) * scale[i];
    }

    /** P̂(v)_i: the projection onto the scaled box. */
    private double project(int i, double v) {
        return Math.min(Math.max(v, lower(i)), upper(i));
    }

    /** Conjugate-gradient iterations of the last {@link #solve}. */
    int innerIterations() {
        return cgIterations;
    }

    /**
     * The generalized Cauchy step (Lin &amp; Moré §3): from the last α, backtracks by
     * {@link #CAUCHY_SHRINK} until ‖s(α)‖ ≤ Δ and q(s(α)) ≤ μ₀gᵀs(α), or, when the first α
     * already passes, extrapolates by {@link #CAUCHY_EXPAND} while the test still passes and the
     * path still bends (α below the last breakpoint). Leaves s, x + s and Bs in place.
     *
     * @return q(s_C)
     */
    private double cauchyStep(double[] x, double[] g, double radius) {
        double alpha = cauchyAlpha;
        boolean passes = cauchyTest(x, g, alpha, radius);
        if (!passes) {
            for (int t = 0; t < MAX_TRIALS && !passes; t++) {
                alpha *= CAUCHY_SHRINK;
                passes = cauchyTest(x, g, alpha, radius);
            }
        } else {
            double last = lastBreakpoint(x, g);
            double good = alpha;
            for (int t = 0; t < MAX_TRIALS && alpha <= last; t++) {
                alpha *= CAUCHY_EXPAND;
                if (!cauchyTest(x, g, alpha, radius)) {
                    break;
                }
                good = alpha;
            }
            if (good != alpha) {
                alpha = good;
                cauchyTest(x, g, alpha, radius);
            }
        }
        cauchyAlpha = alpha;
        return cauchyValue;
    }

    /**
     * Sets s = P(x − αg) − x, Bs and {@link #cauchyValue} = q(s) (NaN when ‖s‖ &gt; Δ: not
     * evaluated); true when ‖s‖ ≤ Δ and q(s) ≤ μ₀gᵀs.
     */
    private boolean cauchyTest(double[] x, double[] g, double alpha, double radius) {
        for (int i = 0; i < n; i++) {
            point[i] = project(i, x[i] - alpha * g[i]);
            s[i] = point[i] - x[i];
        }
        cauchyValue = Double.NaN;
        if (Vectors.norm2(s) > radius) {
            return false;
        }
        cauchyValue = modelAt(x, g, s, bs);
        return cauchyValue <= SUFFICIENT_DECREASE * Vectors.dot(g, s);
    }

    /**
     * The largest α at which a coordinate of P(x − αg) still moves (TRON's {@code brptmax}); +∞
     * when one moves without bound.
     */
    private double lastBreakpoint(double[] x, double[] g) {
        double last = 0;
        for (int i = 0; i < n; i++) {
            if (g[i] < 0) {
                last = Math.max(last, (upper(i) - x[i]) / -g[i]);
            } else if (g[i] > 0) {
                last = Math.max(last, (x[i] - lower(i)) / g[i]);
            }
        }
        return last;
    }

    /** q̂(v) = ĝᵀv + ½vᵀB̂v, writing B̂v into {@code product}. */
    private double modelAt(double[] x, double[] g, double[] v, double[] product) {
        multiply(v, product);
        return Vectors.dot(g, v) + 0.5 * Vectors.dot(v, product);
    }

    /** B̂v = D⁻¹B(D⁻¹v), B the model's matrix at the current iterate. */
    private void multiply(double[] v, double[] out) {
        for (int i = 0; i < n; i++) {
            unscaled[i] = v[i] / scale[i];
        }
        model.multiply(baseX, baseG, unscaled, out);
        for (int i = 0; i < n; i++) {
            out[i] /= scale[i];
        }
    }

    /** {@link #conjugateGradient} ended inside the region. */
    private static final int INSIDE = 0;
    /** {@link #conjugateGradient} ended on the trust-region boundary. */
    private static final int ON_BOUNDARY = 1;

    /**
     * Steihaug's CG (N&amp;W Algorithm 7.2) on the free variables from y = s, with residual r =
     * ∇q(s)_F already in place: minimizes q(y) over the free subspace, stopping at ‖r‖ &lt;
     * {@code tolerance}, at ‖y‖ = Δ (the step to the boundary along the CG direction, also taken
     * at non-positive curvature) or after the CG cap. Leaves y.
     *
     * @return {@link #INSIDE}, {@link #ON_BOUNDARY}, or −1 when B·d is not finite
     */
    private int conjugateGradient(double[] x, double[] g, double radius, double rr,
            double tolerance) {
        Vectors.copy(s, y);
        Vectors.scale(-1, r, d);
        for (int j = 0; j < maxCgIterations; j++) {
            cgIterations++;
            multiply(d, bd);
            for (int i = 0; i < n; i++) {
                bd[i] = free[i] ? bd[i] : 0;
            }
            double dBd = Vectors.dot(d, bd);
            if (!Double.isFinite(dBd)) {
                return -1;
            }
            double alpha = rr / dBd;
            Vectors.addScaled(y, alpha, d, trialPoint);
            if (dBd <= 0 || Vectors.norm2(trialPoint) >= radius) {
                Subproblems.boundaryRoots(y, d, radius, roots);
                Vectors.axpy(roots[1], d, y);
                return ON_BOUNDARY;
            }
            Vectors.copy(trialPoint, y);
            Vectors.axpy(alpha, bd, r);
            double rrNext = Vectors.dot(r, r);
            if (Math.sqrt(rrNext) < tolerance) {
                return INSIDE;
            }
            Subproblems.conjugateDirection(r, rrNext / rr, d);
            rr = rrNext;
        }
        return INSIDE;
    }

    /**
     * The projected search along w from x + s (Lin &amp; Moré §4, TRON's {@code dprsrch}): β = 1,
     * ½, ¼, … while β exceeds the first breakpoint β_min, until q(P(x + s + βw) − x) ≤ q(s) +
     * μ₀β∇q(s)ᵀw; if none passes, β = β_min, where the variable that reaches its bound is set
     * onto it. Moves s and x + s there (Bs is recomputed by the caller).
     */
    private void projectedSearch(double[] x, double[] g, double q) {
        double slope = Vectors.dot(modelGradient, w);
        double first = firstBreakpoint();
        double beta = 1;
        boolean passed = false;
        for (int t = 0; t < MAX_TRIALS && beta > first; t++) {
            projectAlong(x, beta);
            if (modelAt(x, g, trialStep, trialProduct) <= q + SUFFICIENT_DECREASE * beta * slope) {
                passed = true;
                break;
            }
            beta *= SEARCH_SHRINK;
        }
        if (!passed && beta < 1 && beta < first) {
            beta = first;
        }
        projectAlong(x, beta);
        if (beta == first && breakpointIndex >= 0) {
            int i = breakpointIndex;
            trialPoint[i] = w[i] > 0 ? upper(i) : lower(i);
            trialStep[i] = trialPoint[i] - x[i];
        }
        Vectors.copy(trialPoint, point);
        Vectors.copy(trialStep, s);
    }

    /** trialPoint = P(x + s + βw), trialStep = trialPoint − x. */
    private void projectAlong(double[] x, double beta) {
        for (int i = 0; i < n; i++) {
            trialPoint[i] = project(i, point[i] + beta * w[i]);
            trialStep[i] = trialPoint[i] - x[i];
        }
    }

    /**
     * The first β &gt; 0 at which x + s + βw meets a bound (TRON's {@code brptmin}), its index
     * in {@link #breakpointIndex}; +∞ (index −1) when w never meets one.
     */
    private double firstBreakpoint() {
        double first = Double.POSITIVE_INFINITY;
        breakpointIndex = -1;
        for (int i = 0; i < n; i++) {
            double step = w[i] > 0 ? (upper(i) - point[i]) / w[i]
                    : w[i] < 0 ? (lower(i) - point[i]) / w[i] : Double.POSITIVE_INFINITY;
            if (step < first) {
                first = step;
                breakpointIndex = i;
            }
        }
        return first;
    }
}
