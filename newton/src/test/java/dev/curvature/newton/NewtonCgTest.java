package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.InitialStep;
import dev.curvature.api.IterativeOptimizer;
import dev.curvature.api.LineSearchGlobalization;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.linesearch.Backtracking;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class NewtonCgTest {

    /** Extended Rosenbrock at n whose dense Hessian would need 8n² bytes: it must never be formed. */
    @Test
    void solvesExtendedRosenbrockAtLargeNWithoutFormingTheHessian() {
        int n = 100_000;
        TwiceDifferentiable base = TestProblems.byName("extended-rosenbrock").withDimension(n).objective();
        TwiceDifferentiable noDense = new TwiceDifferentiable() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                return base.value(x);
            }

            @Override
            public void gradient(double[] x, double[] g) {
                base.gradient(x, g);
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                return base.valueAndGradient(x, g);
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                throw new AssertionError("the dense Hessian was requested");
            }

            @Override
            public void hessianVector(double[] x, double[] v, double[] out) {
                base.hessianVector(x, v, out);
            }
        };
        double[] x0 = TestProblems.byName("extended-rosenbrock").withDimension(n).start();
        OptimizationResult r = Optimizers.named("newton-cg")
                .minimize(noDense, x0);
        assertTrue(r.converged(), r.message());
        assertTrue(r.gradientNorm() <= 1e-8, r.toString());
        assertTrue(r.value() < 1e-12, r.toString());
        assertTrue(r.iterations() <= 100, r.toString());
    }

    @Test
    void finiteDifferenceProductsNeedOnlyTheGradient() {
        TestProblem wood = TestProblems.byName("wood");
        TwiceDifferentiable f = wood.objective();
        Objective gradientOnly = Objective.of(4, f::value, f::gradient);
        OptimizationResult r = NewtonMethods.newtonCg()
                .withCriteria(ConvergenceCriteria.defaults().withGradientTolerance(1e-6))
                .minimize(gradientOnly, wood.start());
        assertTrue(r.converged(), r.message());
        assertEquals(0, r.value(), 1e-10);
        assertEquals(0, r.hessianEvaluations());
        assertTrue(r.gradientEvaluations() > r.iterations() + 1, "products cost gradients: " + r);
    }

    @Test
    void onAQuadraticTheCgDirectionIsTheNewtonStep() {
        // f = ½xᵀAx − bᵀx with A SPD: one Newton–CG iteration with exact CG reaches the minimizer
        // when the forcing term asks for it (‖g0‖ small ⇒ η small), here with a 3×3 system.
        double[][] a = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
        double[] b = {1e-4, 2e-4, -1e-4};
        TwiceDifferentiable q = TwiceDifferentiable.of(3, x -> {
            double f = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    f += 0.5 * x[i] * a[i][j] * x[j];
                }
                f -= b[i] * x[i];
            }
            return f;
        }, (x, g) -> {
            for (int i = 0; i < 3; i++) {
                g[i] = -b[i];
                for (int j = 0; j < 3; j++) {
                    g[i] += a[i][j] * x[j];
                }
            }
        }, (x, h) -> {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    h.set(i, j, a[i][j]);
                }
            }
        });
        IterativeOptimizer cg = new IterativeOptimizer("cg", NewtonCg.defaults(),
                new LineSearchGlobalization(Backtracking.defaults(), InitialStep.UNIT),
                ConvergenceCriteria.defaults().withGradientTolerance(1e-14));
        OptimizationResult r = cg.minimize(q, new double[3]);
        assertTrue(r.converged(), r.message());
        assertTrue(r.iterations() <= 3, r.toString());
    }
}
