package dev.curvature.newton;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.Optimizer;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.OptimizerProvider;
import dev.curvature.linesearch.Backtracking;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.linesearch.MoreThuente;
import dev.curvature.linesearch.UnitStep;
import dev.curvature.trustregion.MoreSorensen;
import dev.curvature.trustregion.SteihaugCg;
import dev.curvature.trustregion.TrustRegion;
import java.util.List;

/**
 * The Newton family's default configurations, registered with
 * {@link dev.curvature.api.Optimizers} under their names.
 *
 * <ul>
 *   <li>{@code newton}: pure Newton — exact Hessian, unmodified (a singular Hessian ends the run
 *       with {@code SINGULAR_HESSIAN}), full step α = 1 (N&amp;W §3.3). Quadratically convergent
 *       near a nondegenerate minimizer, but it may diverge or head to a saddle from far away.
 *   <li>{@code damped-newton}: exact Hessian made positive definite by Cholesky with added
 *       multiple of the identity (N&amp;W Algorithm 3.3), the Moré–Thuente line search from
 *       α₀ = 1 ({@link #lineSearch()}).
 *   <li>{@code newton-cg}, {@code newton-trust-region}, {@code newton-trust-region-cg},
 *       {@code saddle-free-newton}, {@code levenberg-newton}: see {@link #newtonCg()},
 *       {@link #trustRegion()}, {@link #trustRegionCg()}, {@link #saddleFree()},
 *       {@link #levenberg()}.
 * </ul>
 */
public final class NewtonMethods implements OptimizerProvider {

    /**
     * The acceptance threshold η of the Newton trust regions: 0.15, SciPy's value (N&amp;W Alg. 4.1
     * allows η ∈ [0, ¼)). The quasi-Newton trust region keeps {@link TrustRegion}'s 10⁻⁴.
     * Measurements: docs/defaults.md#acceptance-threshold-of-the-newton-trust-regions.
     */
    static final double ETA = 0.15;

    /**
     * The step control of the line-search Newton methods with a dense Hessian
     * ({@code damped-newton}, {@code saddle-free-newton}; see {@link #levenberg()} and
     * {@link #newtonCg()} for why those two keep Armijo backtracking): Moré–Thuente's
     * strong-Wolfe search (Moré &amp; Thuente 1994; μ = 10⁻⁴, η = 0.9) from α₀ = 1, the natural
     * Newton step, taking its best sufficient-decrease trial when it ends on a limit and not
     * evaluating a later trial whose promised decrease is below f's rounding level (the options
     * L-BFGS-B's search uses too: {@link MoreThuente#withDecreaseFallback},
     * {@link MoreThuente#withRoundingStop}), and, once the minimizer is bracketed, evaluating
     * ∇f only at trials that pass the sufficient-decrease test
     * ({@link MoreThuente#withSlopeOnlyAfterDecrease}; N&amp;W Algorithms 3.5/3.6), which saves a
     * gradient per rejected trial while backtracking from a far too long Newton step. Unlike
     * Armijo backtracking it can lengthen a step (α &gt; 1) where a modified or truncated Newton
     * step is too short. Measurements: docs/defaults.md#line-search-of-the-dense-newton-methods.
     */
    static LineSearchGlobalization lineSearch() {
        return new LineSearchGlobalization(
                MoreThuente.defaults().withDecreaseFallback(true).withRoundingStop(true)
                        .withSlopeOnlyAfterDecrease(true), InitialStep.UNIT);
    }

    /** Pure Newton with default criteria. */
    public static IterativeOptimizer pure() {
        return new IterativeOptimizer("newton", HessianCurvature.exact(Unmodified.INSTANCE),
                new LineSearchGlobalization(UnitStep.defaults(), InitialStep.UNIT),
                ConvergenceCriteria.defaults());
    }

    /** Damped Newton with default criteria. */
    public static IterativeOptimizer damped() {
        return new IterativeOptimizer("damped-newton", HessianCurvature.exact(AddedIdentity.defaults()),
                lineSearch(),
                ConvergenceCriteria.defaults());
    }

    /**
     * Newton–CG (truncated Newton, Hessian-free; N&amp;W Algorithm 7.1) with Armijo backtracking
     * from α₀ = 1 (not {@link #lineSearch()}, which did worse at large n, the method's home;
     * measurements: docs/defaults.md#line-search-of-newton-cg): never forms the Hessian; uses the
     * objective's Hessian-vector products, or finite differences of gradients when it has none,
     * and preconditions CG with the Hessian diagonal when the objective implements
     * {@link dev.curvature.api.HessianDiagonal} (see {@link NewtonCg}).
     */
    public static IterativeOptimizer newtonCg() {
        return new IterativeOptimizer("newton-cg", NewtonCg.defaults(),
                new LineSearchGlobalization(Backtracking.defaults(), InitialStep.UNIT),
                ConvergenceCriteria.defaults());
    }

    /**
     * Saddle-free Newton (Dauphin et al. 2014): exact Hessian with eigenvalues replaced by their
     * absolute values, the Moré–Thuente line search from α₀ = 1 ({@link #lineSearch()}).
     */
    public static IterativeOptimizer saddleFree() {
        return new IterativeOptimizer("saddle-free-newton",
                HessianCurvature.exact(EigenvalueModification.defaults()),
                lineSearch(),
                ConvergenceCriteria.defaults());
    }

    /**
     * Newton with Levenberg damping H + μI (μ adapted from step success), Armijo backtracking
     * from α₀ = 1. It keeps backtracking: its μ learns from whether the full step was taken, and
     * with {@link #lineSearch()} a run can end at f* with LINE_SEARCH_FAILED instead of the
     * gradient test when the Wolfe search meets f's noise. Measurements:
     * docs/defaults.md#line-search-of-levenberg-newton.
     */
    public static IterativeOptimizer levenberg() {
        return new IterativeOptimizer("levenberg-newton",
                HessianCurvature.exact(LevenbergDamping.defaults()),
                new LineSearchGlobalization(Backtracking.defaults(), InitialStep.UNIT),
                ConvergenceCriteria.defaults());
    }

    /**
     * Trust-region Newton (N&amp;W Algorithm 4.1 with the nearly exact subproblem solution of
     * Moré &amp; Sorensen, N&amp;W Algorithm 4.3): the exact Hessian, indefinite ones included — the
     * subproblem solver follows negative curvature to the boundary (the hard case too), so the
     * method needs no Hessian modification. Each iteration factors H + λI a few times.
     * It accepts bounds: in a box {@link TrustRegion} takes TRON's projected step instead of
     * Moré–Sorensen's (Lin &amp; Moré 1999; Hessian products only), with the same ratio test.
     */
    public static IterativeOptimizer trustRegion() {
        return new IterativeOptimizer("newton-trust-region",
                HessianCurvature.exact(AddedIdentity.defaults()),
                TrustRegion.with(MoreSorensen.defaults()).withAcceptance(ETA),
                ConvergenceCriteria.defaults());
    }

    /**
     * Trust-region Newton–CG (N&amp;W Algorithm 7.2, Steihaug 1983; SciPy's {@code trust-ncg}):
     * Hessian-vector products only — the objective's own, or finite differences of gradients —
     * with truncated CG stopped at the boundary or at negative curvature. For large n. Steihaug-CG
     * only multiplies by the model, so Newton–CG's direction preconditioners are switched off here
     * (they would only hold memory: 16 n-vectors for the limited-memory pairs). Accepts bounds
     * as {@link #trustRegion()} does.
     */
    public static IterativeOptimizer trustRegionCg() {
        return new IterativeOptimizer("newton-trust-region-cg",
                NewtonCg.defaults().withJacobiPreconditioner(false).withQuasiNewtonPreconditioner(0),
                TrustRegion.with(SteihaugCg.defaults()).withAcceptance(ETA),
                ConvergenceCriteria.defaults());
    }

    @Override
    public List<Optimizer> optimizers() {
        return List.of(pure(), damped(), newtonCg(), trustRegion(), trustRegionCg(), saddleFree(),
                levenberg());
    }
}
