package dev.curvature.fit;

import dev.curvature.api.spi.Checks;
import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.StepRecord;
import dev.curvature.api.spi.CurvatureProvider;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.Globalization;
import dev.curvature.api.IterationListener;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.SecondOrder;
import dev.curvature.api.spi.Vectors;
import dev.curvature.newton.AddedIdentity;
import dev.curvature.newton.HessianCurvature;
import dev.curvature.quasinewton.Bfgs;
import dev.curvature.quasinewton.QuasiNewtonDefaults;
import dev.curvature.api.linalg.DenseCurvatureModel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

/**
 * The hybrid first-order → Newton method, registered as {@code hybrid-newton}: BFGS steps (cheap,
 * robust far from a minimizer, where the Hessian may be indefinite and Newton's model
 * misleading) until the Hessian at the iterate is positive definite, then Newton's method with
 * the exact Hessian (quadratic convergence near a nondegenerate minimizer). The switch is the
 * classical globalization argument of Nocedal &amp; Wright, 2nd ed., §3.3–3.5: once ∇²f(x_k) ≻ 0
 * near the solution, the pure Newton step is a descent direction that the line search accepts
 * with α = 1 (Theorem 3.6), so nothing is gained by staying quasi-Newton (only superlinear,
 * Theorem 3.7).
 *
 * <p>The check is cheap: every {@code checkEvery} quasi-Newton iterations (default 3; from the
 * first accepted step on) the Hessian is evaluated and a Cholesky factorization attempted
 * (EJML; n³/3 flops, stopped at the first non-positive pivot). The first success switches the run
 * to {@link HessianCurvature#exact} with {@link AddedIdentity} (the {@code damped-newton}
 * curvature, which still guards against an indefinite Hessian after the switch) for the rest of
 * the run. The line search is the quasi-Newton one ({@link QuasiNewtonDefaults#lineSearchGlobalization()}:
 * Moré–Thuente from α₀ = 1 after a scaled first step), the natural step of both phases.
 *
 * <p>The result's message says where the run switched ("switched to Newton at iteration k") or
 * that it stayed quasi-Newton. Needs a {@link dev.curvature.api.TwiceDifferentiable} objective.
 * Immutable and thread-safe; each run has its own state.
 */
public final class HybridNewton implements Optimizer {
    /** The registered name. */
    public static final String NAME = "hybrid-newton";
    private static final HybridNewton DEFAULT = new HybridNewton(3,
            QuasiNewtonDefaults.lineSearchGlobalization(), ConvergenceCriteria.defaults());

    private final int checkEvery;
    private final Globalization globalization;
    private final ConvergenceCriteria criteria;

    private HybridNewton(int checkEvery, Globalization globalization, ConvergenceCriteria criteria) {
        this.checkEvery = checkEvery;
        this.globalization = globalization;
        this.criteria = criteria;
    }

    /** The documented defaults. */
    public static HybridNewton defaults() {
        return DEFAULT;
    }

    /**
     * The same method checking the Hessian every {@code k} quasi-Newton iterations.
     *
     * @throws IllegalArgumentException naming {@code checkEvery} when k &lt; 1
     */
    public HybridNewton withCheckEvery(int k) {
        return new HybridNewton(Checks.positive(k, "checkEvery"), globalization, criteria);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ConvergenceCriteria criteria() {
        return criteria;
    }

    @Override
    public HybridNewton withCriteria(ConvergenceCriteria criteria) {
        return new HybridNewton(checkEvery, globalization, Checks.notNull(criteria, "criteria"));
    }

    @Override
    public OptimizationResult minimize(Objective f, double[] x0, IterationListener listener) {
        Switch record = new Switch();
        OptimizationResult r = new IterativeOptimizer(NAME, new Curvature(checkEvery, record),
                globalization, criteria).minimize(f, x0, listener);
        String where = record.iteration < 0
                ? "; quasi-Newton (BFGS) throughout, the Hessian never found positive definite"
                        + " at a check"
                : String.format("; switched from BFGS to Newton at iteration %d (‖g‖∞ = %.3e)",
                        record.iteration, record.gradientNorm);
        return new OptimizationResult(r.point(), r.value(), r.gradient(), r.gradientNorm(),
                r.iterations(), r.valueEvaluations(), r.gradientEvaluations(),
                r.hessianEvaluations(), r.termination(), r.elapsed(), r.message() + where,
                r.cause(), r.secondOrder());
    }

    @Override
    public String toString() {
        return "HybridNewton[BFGS until ∇²f ≻ 0 (checked every " + checkEvery
                + " iterations), then Newton with added identity; " + criteria + "]";
    }

    /** Where a run switched: the iteration (−1: never) and ‖g‖∞ there. Written by its run only. */
    private static final class Switch {
        int iteration = -1;
        double gradientNorm;
    }

    /** The per-run provider: a BFGS model and a Newton model, and the switch between them. */
    private static final class Curvature implements CurvatureProvider {
        private final int checkEvery;
        private final Switch record;

        Curvature(int checkEvery, Switch record) {
            this.checkEvery = checkEvery;
            this.record = record;
        }

        @Override
        public CurvatureModel start(CountingObjective objective) {
            CurvatureModel newton = HessianCurvature.exact(AddedIdentity.defaults()).start(objective);
            if (!(newton instanceof DenseCurvatureModel dense)) {
                throw new IllegalStateException("the Newton model has no dense Hessian");
            }
            return new Model(Bfgs.defaults().start(objective), dense, objective.dimension(), checkEvery,
                    record);
        }
    }

    private static final class Model implements CurvatureModel {
        private final CurvatureModel quasiNewton;
        private final DenseCurvatureModel newton;
        private final int checkEvery;
        private final Switch record;
        private final DMatrixRMaj work;
        private final CholeskyDecomposition_F64<DMatrixRMaj> cholesky;
        private boolean useNewton;
        private int iteration;

        Model(CurvatureModel quasiNewton, DenseCurvatureModel newton, int n, int checkEvery,
                Switch record) {
            this.quasiNewton = quasiNewton;
            this.newton = newton;
            this.checkEvery = checkEvery;
            this.record = record;
            this.work = new DMatrixRMaj(n, n);
            this.cholesky = DecompositionFactory_DDRM.chol(n, true);
        }

        private CurvatureModel active() {
            return useNewton ? newton : quasiNewton;
        }

        /** At a check iteration: is ∇²f(x) finite and positive definite? Then switch. */
        private void maybeSwitch(double[] x, double[] g) {
            if (useNewton || iteration < 1 || (iteration - 1) % checkEvery != 0) {
                return;
            }
            DMatrixRMaj hessian = newton.matrix(x, g);
            if (!Vectors.allFinite(hessian.data)) {
                return;
            }
            work.setTo(hessian);
            if (cholesky.decompose(work)) {
                useNewton = true;
                record.iteration = iteration;
                record.gradientNorm = Vectors.normInf(g);
            }
        }

        @Override
        public DirectionStatus direction(double[] x, double[] g, double[] out) {
            maybeSwitch(x, g);
            return active().direction(x, g, out);
        }

        @Override
        public void multiply(double[] x, double[] g, double[] v, double[] out) {
            active().multiply(x, g, v, out);
        }

        @Override
        public void update(StepRecord step) {
            if (step.accepted()) {
                iteration++;
            }
            newton.update(step);
            if (!useNewton) {
                quasiNewton.update(step);
            }
        }

        @Override
        public boolean reset() {
            return active().reset();
        }

        @Override
        public SecondOrder checkSecondOrder(double[] x, double[] g) {
            return newton.checkSecondOrder(x, g);
        }

        @Override
        public boolean escapeSaddle(double[] x, double[] g) {
            if (newton.escapeSaddle(x, g)) {
                if (!useNewton) {
                    useNewton = true;
                    record.iteration = iteration;
                    record.gradientNorm = Vectors.normInf(g);
                }
                return true;
            }
            return false;
        }
    }
}
