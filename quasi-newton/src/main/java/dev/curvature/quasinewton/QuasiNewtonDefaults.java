package dev.curvature.quasinewton;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.spi.LineSearch;
import dev.curvature.linesearch.FirstIterationStep;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.linesearch.MoreThuente;
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
     * <p>Measured on the 35 MGH problems from x0, 10·x0, 100·x0 (‖g‖∞ ≤ 10⁻⁸,
     * {@code tools/scipy_compare.py}), against the previous default, Hager–Zhang's approximate-Wolfe
     * search (Hager &amp; Zhang 2005/2006):
     * <ul>
     *   <li>L-BFGS (m = 10): 87 of 105 solved and 0.99× the f + ∇f evaluations of SciPy's
     *       L-BFGS-B with ftol = 0 on the 83 instances both solve (SciPy solves 83); with
     *       Hager–Zhang 88 solved but 1.28× on 81. The instances Hager–Zhang solves and this
     *       search does not (Box 3-D, trigonometric and Osborne 1 from 100·x0) end at another
     *       stationary point, as SciPy's runs from those starts do.
     *   <li>BFGS: 92 solved and 0.80× SciPy BFGS's f + ∇f on the 81 both solve (SciPy 83); with
     *       Hager–Zhang 89 and 0.98×. On all 210 MGH and CUTEst-style runs 178 solved against 172,
     *       with 9% fewer f + ∇f on the 170 both solve.
     * </ul>
     * Without the decrease fallback Moré–Thuente loses Bard from 10·x0 and 100·x0 (the search
     * brackets a steep narrow valley and ends by xtol after f fell from 11.9 to 2.6); without the
     * rounding stop a search at f's precision spends its 20 evaluations twice (the driver retries
     * along steepest descent) before the run reports the precision limit.
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
     * p₀ = −g₀; {@link FirstIterationStep#inverseSlopeRoot()}), L-BFGS-B's first step. (With
     * 1/‖g₀‖∞ the L-BFGS totals above are 4% higher and one more instance ends at another
     * stationary point, Broyden banded from x0, f − f* = 3.06.)
     */
    public static LineSearchGlobalization lineSearchGlobalization() {
        return new LineSearchGlobalization(lineSearch(), FirstIterationStep.inverseSlopeRoot());
    }

    /**
     * The line search of {@code dfp}: Moré–Thuente with a tight curvature condition, c₂ = 0.01.
     * DFP's update corrects badly scaled inverse Hessians slowly unless each step is nearly
     * exact (N&amp;W §6.1): on the same 105 runs DFP solves 74 with this search, 33 with
     * Hager–Zhang, 14 with Moré–Thuente at c₂ = 0.9 or with backtracking.
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
     * SR1 at rejected trials — {@link TrustRegion#withRejectedStepUpdates(boolean)}. On the 35 MGH
     * problems that saved about a fifth of the iterations where both variants converged, but it
     * lost Osborne 1 and Chebyquad: a rejected first trial far from x0, where the exponentials
     * blow up, gives a secant pair that scales B by 10⁶⁰.)
     */
    public static TrustRegion trustRegion() {
        return TrustRegion.with(SteihaugCg.defaults());
    }

    /** The stopping rules of every quasi-Newton optimizer. */
    public static ConvergenceCriteria criteria() {
        return ConvergenceCriteria.defaults();
    }
}
