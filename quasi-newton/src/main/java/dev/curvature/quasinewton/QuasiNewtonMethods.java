package dev.curvature.quasinewton;

import dev.curvature.api.Optimizer;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.OptimizerProvider;
import java.util.List;

/**
 * The quasi-Newton family's default configurations, registered with
 * {@link dev.curvature.api.Optimizers} under their names. Each is a curvature provider, a
 * globalization and criteria from {@link QuasiNewtonDefaults}, run by the shared
 * {@link IterativeOptimizer}.
 *
 * <ul>
 *   <li>{@code bfgs}: {@link Bfgs} with {@link QuasiNewtonDefaults#lineSearchGlobalization()},
 *       L-BFGS-B's Moré–Thuente settings (N&amp;W Algorithm 6.1);
 *   <li>{@code lbfgs}: {@link Lbfgs} (m = 10) with the same line search (N&amp;W Algorithm 7.5);
 *   <li>{@code lbfgsb}: the same composition under its SciPy name, for bound-constrained
 *       problems: under bounds the direction is L-BFGS-B's ({@link LbfgsbDirection}: generalized
 *       Cauchy point, subspace minimization, projection) and the Moré–Thuente search stays in the
 *       box (Byrd, Lu, Nocedal &amp; Zhu 1995); without a finite bound its iterates are lbfgs's.
 *       (lbfgs accepts bounds the same way.)
 *   <li>{@code dfp}: {@link Dfp} with {@link QuasiNewtonDefaults#dfpLineSearch()};
 *   <li>{@code sr1}: {@link Sr1} with a trust region solved by Steihaug-CG (N&amp;W Algorithm 6.2
 *       with the radius rules of Algorithm 4.1, the model updated after accepted steps); in a
 *       box the trust region takes TRON's projected step (Lin &amp; Moré 1999).
 * </ul>
 */
public final class QuasiNewtonMethods implements OptimizerProvider {

    /** BFGS with L-BFGS-B's line search settings. */
    public static IterativeOptimizer bfgs() {
        return new IterativeOptimizer("bfgs", Bfgs.defaults(),
                QuasiNewtonDefaults.lineSearchGlobalization(), QuasiNewtonDefaults.criteria());
    }

    /** L-BFGS (m = 10) with L-BFGS-B's line search settings. */
    public static IterativeOptimizer lbfgs() {
        return new IterativeOptimizer("lbfgs", Lbfgs.defaults(),
                QuasiNewtonDefaults.lineSearchGlobalization(), QuasiNewtonDefaults.criteria());
    }

    /**
     * L-BFGS-B: {@link #lbfgs()}'s composition, named for bound-constrained use
     * ({@link dev.curvature.api.Optimizer#minimize(dev.curvature.api.Objective, double[],
     * dev.curvature.api.Bounds)}).
     */
    public static IterativeOptimizer lbfgsb() {
        return lbfgs().named("lbfgsb");
    }

    /** DFP with its nearly exact line search. */
    public static IterativeOptimizer dfp() {
        return new IterativeOptimizer("dfp", Dfp.defaults(),
                QuasiNewtonDefaults.lineSearchGlobalization(QuasiNewtonDefaults.dfpLineSearch()),
                QuasiNewtonDefaults.criteria());
    }

    /** SR1 with a Steihaug-CG trust region. */
    public static IterativeOptimizer sr1() {
        return new IterativeOptimizer("sr1", Sr1.defaults(), QuasiNewtonDefaults.trustRegion(),
                QuasiNewtonDefaults.criteria());
    }

    @Override
    public List<Optimizer> optimizers() {
        return List.of(bfgs(), lbfgs(), lbfgsb(), sr1(), dfp());
    }
}
