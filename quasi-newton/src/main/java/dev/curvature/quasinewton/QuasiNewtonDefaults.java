package dev.curvature.quasinewton;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.spi.LineSearch;
import dev.curvature.linesearch.FirstIterationStep;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.linesearch.MoreThuente;
import dev.curvature.linesearch.QuadraticInterpolationStep;
import dev.curvature.trustregion.SteihaugCg;
import dev.curvature.trustregion.TrustRegion;

/**
 * The single place where the quasi-Newton optimizers' default step control is chosen.
 */
public final class QuasiNewtonDefaults {
    private QuasiNewtonDefaults() {
    }

    /**
     * The line search of {@code bfgs} and {@code lbfgs}: Moré–Thuente with the settings L-BFGS-B
     * gives MINPACK-2's {@code dcsrch} (Zhu, Byrd, Lu &amp; Nocedal 1997, subroutine
     * {@code lnsrlb}): μ = 10⁻³, η = 0.9, xtol = 0.1, steps in [0, 10²⁰], at most 20 evaluations;
     * a search that ends at its interval or evaluation limit still takes its best
     * sufficient-decrease trial, as L-BFGS-B takes the step at {@code dcsrch}'s warnings
     * ({@link MoreThuente#withDecreaseFallback}); and a trial after the first whose first-order
     * decrease is below f's rounding level ends the search ({@link MoreThuente#withRoundingStop}).
     *
     * <p>It replaced Hager–Zhang's approximate-Wolfe search (Hager &amp; Zhang 2005/2006) as the
     * default of both. Measurements: docs/defaults.md#line-search-of-bfgs-and-lbfgs.
     */
    public static LineSearch lineSearch() {
        return MoreThuente.defaults().withSufficientDecrease(1e-3).withIntervalTolerance(0.1)
                .withStepBounds(0, 1e20)
                .withDecreaseFallback(true).withRoundingStop(true);
    }

    /**
     * The globalization of {@code bfgs} and {@code lbfgs}: {@link #lineSearch()} from α₀ = 1, the
     * natural step of a quasi-Newton direction (N&amp;W §3.5), except on the first search, whose
     * direction (H₀ = I, or a diagonal) carries no scale: there α₀ = 1/√|g₀ᵀp₀| (1/‖g₀‖₂ for
     * p₀ = −g₀; {@link FirstIterationStep#inverseSlopeRoot()}), L-BFGS-B's first step.
     * Measurements: docs/defaults.md#first-step-of-bfgs-and-lbfgs.
     */
    public static LineSearchGlobalization lineSearchGlobalization() {
        return new LineSearchGlobalization(lineSearch(), FirstIterationStep.inverseSlopeRoot());
    }

    /**
     * The globalization of {@code bfgs}: {@link #lineSearch()} from SciPy's BFGS start, α₀ =
     * min(1, 1.01·2(f_k − f_{k−1})/|φ'(0)|) (N&amp;W (3.60), the quadratic through the last
     * decrease; scipy.optimize's {@code line_search_wolfe1}), and on the first search α₀ =
     * 1/√|g₀ᵀp₀| as {@link #lineSearchGlobalization()}. Paired with H₀ = I kept at the first update
     * ({@link Bfgs#withInitialScaling}(false)), whose unit steps would otherwise be the only
     * scale. Measurements: docs/defaults.md#initial-scaling-of-bfgs.
     */
    public static LineSearchGlobalization bfgsLineSearchGlobalization() {
        return new LineSearchGlobalization(lineSearch(), QuadraticInterpolationStep.defaults()
                .withFirst(FirstIterationStep.inverseSlopeRoot()));
    }

    /**
     * The line search of {@code dfp}: Moré–Thuente with a tight curvature condition, c₂ = 0.01.
     * DFP's update corrects badly scaled inverse Hessians slowly unless each step is nearly
     * exact (N&amp;W §6.1). Measurements: docs/defaults.md#line-search-of-dfp.
     */
    public static LineSearch dfpLineSearch() {
        return MoreThuente.defaults().withCurvature(0.01);
    }

    /**
     * {@code search} from α₀ = 1, except on the first search: α₀ = 1/‖g₀‖∞
     * ({@link FirstIterationStep#inverseMaxNorm()}, as Liu &amp; Nocedal's L-BFGS driver), the
     * globalization of {@code dfp} with {@link #dfpLineSearch()}. With α₀ = 1 a large ‖g₀‖ throws
     * the first trial far away, where an objective that flattens out (Jennrich–Sampson) offers a
     * lower f and a vanishing gradient.
     */
    public static LineSearchGlobalization lineSearchGlobalization(LineSearch search) {
        return new LineSearchGlobalization(search, FirstIterationStep.inverseMaxNorm());
    }

    /**
     * The trust region of {@code sr1}: Steihaug-CG with {@link TrustRegion}'s documented radius
     * defaults, the model updated after accepted steps only. (N&amp;W Algorithm 6.2 also updates
     * SR1 at rejected trials — {@link TrustRegion#withRejectedStepUpdates(boolean)}.)
     * Measurements: docs/defaults.md#rejected-step-updates-of-sr1.
     */
    public static TrustRegion trustRegion() {
        return TrustRegion.with(SteihaugCg.defaults());
    }

    /** The stopping rules of every quasi-Newton optimizer. */
    public static ConvergenceCriteria criteria() {
        return ConvergenceCriteria.defaults();
    }
}
