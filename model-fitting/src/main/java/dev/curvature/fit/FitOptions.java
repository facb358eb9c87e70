package dev.curvature.fit;

import dev.curvature.api.Bounds;
import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.spi.Checks;
import dev.curvature.api.spi.LineSearch;
import dev.curvature.linesearch.Backtracking;

/**
 * How {@link LeastSquares#fit} runs: the curvature (Levenberg–Marquardt or Gauss–Newton), the
 * line search, the least-squares stopping tests and the driver's criteria and budgets. Immutable
 * and thread-safe; each {@code with…} validates its argument and returns a new instance.
 *
 * <p>Defaults, and why:
 * <ul>
 *   <li>curvature {@link LevenbergMarquardt#defaults()}: robust from far starts and on
 *       ill-conditioned or rank-deficient Jacobians, where Gauss–Newton fails;
 *   <li>line search {@link Backtracking#defaults()} from α = 1: Armijo backtracking, the natural
 *       safeguard for a step whose natural length is 1;
 *   <li>relative offset tolerance 10⁻⁸: the fit stops when the remaining Gauss–Newton correction
 *       δ is below 10⁻⁸·√n standard errors in every parameter (|δⱼ| ≤ τ·√n·SEⱼ, Bates &amp; Watts
 *       1981). R's {@code nls} uses 10⁻⁵, enough for statistics; 10⁻⁸ is meant to reproduce
 *       certified values to 7 digits and more. Below about √ε·√((m − n)/n) the test cannot be
 *       reached by any method that checks the decrease of f, because f = ½‖r‖² no longer
 *       resolves the remaining reduction; the fit then stops by the rounding-floor test (always
 *       on: the full step would lower f by at most 10·ε·f), where |δⱼ| ≤ 6.7·10⁻⁸·√(m − n)·SEⱼ,
 *       or by the driver's function-change test when an accepted step left f unchanged;
 *   <li>scaled step tolerance 10⁻¹²: Moré's xtol test ‖Dδ‖ ≤ 10⁻¹²·‖Dx‖ ends zero-residual fits
 *       (where the relative offset is undefined) once δ is at rounding level;
 *   <li>criteria: {@link ConvergenceCriteria#defaults()} with the absolute gradient test off
 *       (0): ‖Jᵀr‖∞ depends on the units of the data and the parameters, so it is replaced by the
 *       tests above; 1000 iterations and 15000 evaluations as budgets;
 *   <li>no bounds. With {@link #withBounds bounds} l ≤ p ≤ u the fit is a bounded
 *       Levenberg–Marquardt: the Gauss–Newton model JᵀJ in the projected trust region of
 *       {@link dev.curvature.trustregion.TrustRegion} (a trust-region Gauss–Newton method is
 *       Levenberg–Marquardt in Moré's 1978 sense; the step in the box is Lin &amp; Moré 1999's),
 *       so the curvature and line-search options do not apply; the stopping tests above are
 *       applied on the face of the box (the parameters held at a bound left out).
 * </ul>
 */
public final class FitOptions {
    private static final FitOptions DEFAULT = new FitOptions(LevenbergMarquardt.defaults(),
            Backtracking.defaults(), 1e-8, 1e-12,
            ConvergenceCriteria.defaults().withGradientTolerance(0), null);

    private final LeastSquaresCurvature curvature;
    private final LineSearch lineSearch;
    private final double relativeOffsetTolerance;
    private final double scaledStepTolerance;
    private final ConvergenceCriteria criteria;
    /** Null for an unbounded fit. */
    private final Bounds bounds;

    private FitOptions(LeastSquaresCurvature curvature, LineSearch lineSearch,
            double relativeOffsetTolerance, double scaledStepTolerance, ConvergenceCriteria criteria,
            Bounds bounds) {
        this.curvature = curvature;
        this.lineSearch = lineSearch;
        this.relativeOffsetTolerance = relativeOffsetTolerance;
        this.scaledStepTolerance = scaledStepTolerance;
        this.criteria = criteria;
        this.bounds = bounds;
    }

    /** The documented defaults. */
    public static FitOptions defaults() {
        return DEFAULT;
    }

    /** The curvature: {@link LevenbergMarquardt} (default) or {@link GaussNewton}. */
    public FitOptions withCurvature(LeastSquaresCurvature curvature) {
        return new FitOptions(Checks.notNull(curvature, "curvature"), lineSearch,
                relativeOffsetTolerance, scaledStepTolerance, criteria, bounds);
    }

    /** The line search along each direction, started at α = 1. */
    public FitOptions withLineSearch(LineSearch lineSearch) {
        return new FitOptions(curvature, Checks.notNull(lineSearch, "lineSearch"),
                relativeOffsetTolerance, scaledStepTolerance, criteria, bounds);
    }

    /** The relative-offset tolerance τ ≥ 0 (0 turns the test off). */
    public FitOptions withRelativeOffsetTolerance(double tolerance) {
        return new FitOptions(curvature, lineSearch,
                Checks.nonNegative(tolerance, "relativeOffsetTolerance"), scaledStepTolerance,
                criteria, bounds);
    }

    /** The scaled-step tolerance ≥ 0 (0 turns the test off except for δ = 0). */
    public FitOptions withScaledStepTolerance(double tolerance) {
        return new FitOptions(curvature, lineSearch, relativeOffsetTolerance,
                Checks.nonNegative(tolerance, "scaledStepTolerance"), criteria, bounds);
    }

    /** The driver's criteria and budgets (they apply in addition to the tests above). */
    public FitOptions withCriteria(ConvergenceCriteria criteria) {
        return new FitOptions(curvature, lineSearch, relativeOffsetTolerance, scaledStepTolerance,
                Checks.notNull(criteria, "criteria"), bounds);
    }

    /**
     * Bounds l ≤ p ≤ u on the parameters (a bounded Levenberg–Marquardt fit, see the class
     * comment); their dimension is checked against the problem's parameters by
     * {@link LeastSquares#fit}. A box without a finite bound gives the unbounded fit.
     *
     * @throws IllegalArgumentException when {@code bounds} is null
     */
    public FitOptions withBounds(Bounds bounds) {
        return new FitOptions(curvature, lineSearch, relativeOffsetTolerance, scaledStepTolerance,
                criteria, Checks.notNull(bounds, "bounds"));
    }

    /** The bounds on the parameters, or null for an unbounded fit. */
    public Bounds bounds() {
        return bounds;
    }

    /** The curvature provider. */
    public LeastSquaresCurvature curvature() {
        return curvature;
    }

    /** The line search. */
    public LineSearch lineSearch() {
        return lineSearch;
    }

    /** The relative-offset tolerance τ. */
    public double relativeOffsetTolerance() {
        return relativeOffsetTolerance;
    }

    /** The scaled-step tolerance. */
    public double scaledStepTolerance() {
        return scaledStepTolerance;
    }

    /** The driver's criteria and budgets. */
    public ConvergenceCriteria criteria() {
        return criteria;
    }

    @Override
    public String toString() {
        return "FitOptions[" + curvature + ", " + lineSearch + ", relativeOffsetTolerance="
                + relativeOffsetTolerance + ", scaledStepTolerance=" + scaledStepTolerance + ", "
                + criteria + (bounds == null ? "" : ", " + bounds) + "]";
    }
}
