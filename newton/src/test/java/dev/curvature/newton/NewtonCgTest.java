package dev.curvature.newton;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.HessianDiagonal;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TwiceDifferentiable;
import dev.curvature.api.spi.CountingObjective;
import dev.curvature.api.spi.CurvatureModel;
import dev.curvature.api.spi.DirectionStatus;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.api.spi.Vectors;
import dev.curvature.linesearch.Backtracking;
import dev.curvature.linesearch.LineSearchGlobalization;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class NewtonCgTest {
    /** Newton–CG without the limited-memory preconditioner: the Jacobi tests isolate the diagonal. */
    private static final NewtonCg JACOBI_ONLY = NewtonCg.defaults().withQuasiNewtonPreconditioner(0);

    private static final Logger LOG = LoggerFactory.getLogger(NewtonCgTest.class);

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

    private static double maxAbsDifference(double[] a, double[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d = Math.max(d, Math.abs(a[i] - b[i]));
        }
        return d;
    }

    /** Newton–CG with Armijo backtracking from α = 1 (the registered newton-cg) on {@code cg}. */
    private static IterativeOptimizer lineSearchNewtonCg(NewtonCg cg, double gradientTolerance) {
        return new IterativeOptimizer("newton-cg", cg,
                new LineSearchGlobalization(Backtracking.defaults(), InitialStep.UNIT),
                ConvergenceCriteria.defaults().withGradientTolerance(gradientTolerance));
    }

    /** A twice-differentiable objective that is also a {@link HessianDiagonal}. */
    private interface WithDiagonal extends TwiceDifferentiable, HessianDiagonal {
    }

    /** f = ½Σaᵢxᵢ² − Σbᵢxᵢ: a diagonal quadratic, its Hessian diag(a) and that diagonal. */
    private static WithDiagonal diagonalQuadratic(double[] a, double[] b) {
        return new WithDiagonal() {
            @Override
            public int dimension() {
                return a.length;
            }

            @Override
            public double value(double[] x) {
                double f = 0;
                for (int i = 0; i < a.length; i++) {
                    f += 0.5 * a[i] * x[i] * x[i] - b[i] * x[i];
                }
                return f;
            }

            @Override
            public void gradient(double[] x, double[] g) {
                for (int i = 0; i < a.length; i++) {
                    g[i] = a[i] * x[i] - b[i];
                }
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                out.zero();
                for (int i = 0; i < a.length; i++) {
                    out.set(i, i, a[i]);
                }
            }

            @Override
            public void hessianDiagonal(double[] x, double[] out) {
                System.arraycopy(a, 0, out, 0, a.length);
            }
        };
    }

    @Test
    void limitedMemoryPreconditionerNeedsFewerProductsOnLogisticRegressionAndReachesTheSameMinimizer() {
        ScaledLogisticRegression withPairsF = new ScaledLogisticRegression(400, 20, 1.0, 1e-3, 3);
        ScaledLogisticRegression jacobiF = new ScaledLogisticRegression(400, 20, 1.0, 1e-3, 3);
        double[] x0 = new double[20];
        double tolerance = 1e-8;
        OptimizationResult withPairs = lineSearchNewtonCg(NewtonCg.defaults(), tolerance).minimize(withPairsF, x0);
        OptimizationResult jacobi = lineSearchNewtonCg(JACOBI_ONLY, tolerance).minimize(jacobiF, x0);
        LOG.info("Jacobi + pairs: {} products; {}", withPairsF.products(), withPairs);
        LOG.info("Jacobi only: {} products; {}", jacobiF.products(), jacobi);
        assertTrue(withPairs.converged() && withPairs.gradientNorm() <= tolerance, withPairs::toString);
        assertTrue(jacobi.converged() && jacobi.gradientNorm() <= tolerance, jacobi::toString);
        assertTrue(withPairsF.products() < jacobiF.products(),
                () -> "with pairs " + withPairsF.products() + " products vs Jacobi only " + jacobiF.products());
        assertTrue(withPairs.iterations() <= jacobi.iterations() + 1, withPairs + "\n" + jacobi);
        // λ-strong convexity (λ = 1e-3): both points within ‖g‖₂/λ ≤ √n·1e-8/1e-3 of the minimizer.
        assertArrayEquals(jacobi.point(), withPairs.point(), 2 * Math.sqrt(20) * tolerance / 1e-3);
    }

    @Test
    void withoutADiagonalTheFirstDirectionIsPlainCgsAndLaterOnesUseThePairs() {
        // The pairs come from earlier solves only: the first direction is unpreconditioned CG's.
        // f = ½xᵀAx − bᵀx, A = tridiag(−1, 2.2, −1) (n = 30, κ ≈ 20, no Hessian diagonal), at 0
        // with ‖b‖ small so that the forcing term asks for a relative residual of about 3e-3.
        int n = 30;
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a.set(i, i, 2.2);
            if (i > 0) {
                a.set(i, i - 1, -1);
                a.set(i - 1, i, -1);
            }
            b[i] = 1e-6 * Math.sin(i + 1.0);
        }
        TwiceDifferentiable q = TwiceDifferentiable.of(n, x -> {
            double[] ax = new double[n];
            Vectors.multiply(a, x, ax);
            return 0.5 * Vectors.dot(x, ax) - Vectors.dot(b, x);
        }, (x, out) -> {
            Vectors.multiply(a, x, out);
            Vectors.axpy(-1, b, out);
        }, (x, h) -> h.setTo(a));
        double[] x = new double[n];
        double[] g = new double[n];
        q.gradient(x, g);
        double[] first = new double[n];
        double[] plain = new double[n];
        CountingObjective f = new CountingObjective(q, 1000);
        CurvatureModel model = NewtonCg.defaults().start(f);
        model.direction(x, g, first);
        JACOBI_ONLY.start(new CountingObjective(q, 1000)).direction(x, g, plain);
        assertArrayEquals(plain, first, 0);
        // The second solve of the same system, preconditioned with the first one's pairs, reaches
        // the forcing-term accuracy in fewer products.
        int before = f.hessianEvaluations();
        double[] second = new double[n];
        model.direction(x, g, second);
        LOG.info("products: first solve {}, second {}", before, f.hessianEvaluations() - before);
        assertTrue(f.hessianEvaluations() - before < before,
                () -> "second solve " + (f.hessianEvaluations() - before) + " products, first " + before);
    }

    /**
     * An objective whose Hessian-vector products are those of the SPD tridiagonal A at x₀ = 0 and
     * of −I anywhere else (only the model's view matters here: it asks for products only).
     */
    private static TwiceDifferentiable convexAtOriginConcaveElsewhere(int n) {
        return new TwiceDifferentiable() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                return 0;
            }

            @Override
            public void gradient(double[] x, double[] g) {
                java.util.Arrays.fill(g, 0);
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                throw new UnsupportedOperationException("products only");
            }

            @Override
            public void hessianVector(double[] x, double[] v, double[] out) {
                boolean origin = java.util.Arrays.stream(x).allMatch(c -> c == 0);
                for (int i = 0; i < n; i++) {
                    out[i] = origin ? 2.2 * v[i] - (i > 0 ? v[i - 1] : 0) - (i < n - 1 ? v[i + 1] : 0) : -v[i];
                }
            }
        };
    }

    @Test
    void negativeCurvatureAtTheFirstCgStepMakesTheModelForgetItsPairs() {
        int n = 30;
        double[] origin = new double[n];
        double[] elsewhere = new double[n];
        java.util.Arrays.fill(elsewhere, 1);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = 1e-6 * Math.sin(i + 1.0); // small: the forcing term asks for several CG steps
        }
        double[] fresh = new double[n];
        NewtonCg.defaults().start(new CountingObjective(convexAtOriginConcaveElsewhere(n), 1000))
                .direction(origin, g, fresh);

        // Kept pairs: a second solve at the origin differs from the fresh one (it is preconditioned).
        CurvatureModel keeps = NewtonCg.defaults().start(new CountingObjective(convexAtOriginConcaveElsewhere(n), 1000));
        double[] p = new double[n];
        keeps.direction(origin, g, p);
        keeps.direction(origin, g, p);
        assertTrue(maxAbsDifference(fresh, p) > 1e-3 * Vectors.normInf(fresh),
                "with pairs the second direction is not the first one");

        // Negative curvature at the first step in between: the pairs are gone, and the next
        // solve at the origin is the fresh one again, bit for bit.
        CurvatureModel forgets = NewtonCg.defaults().start(new CountingObjective(convexAtOriginConcaveElsewhere(n), 1000));
        forgets.direction(origin, g, p);
        double[] concave = new double[n];
        forgets.direction(elsewhere, g, concave);
        double[] again = new double[n];
        forgets.direction(origin, g, again);
        assertArrayEquals(fresh, again, 0);
    }

    @Test
    void jacobiPreconditionerNeedsFewerProductsOnBadlyScaledLogisticRegressionAndReachesTheSameMinimizer() {
        // Features scaled from 10⁻² to 10²: the Hessian's diagonal spans ~8 orders of magnitude.
        ScaledLogisticRegression jacobiF = new ScaledLogisticRegression(300, 12, 2.0, 1e-3, 7);
        ScaledLogisticRegression plainF = new ScaledLogisticRegression(300, 12, 2.0, 1e-3, 7);
        double[] x0 = new double[12];
        double tolerance = 1e-8;
        OptimizationResult jacobi = lineSearchNewtonCg(JACOBI_ONLY, tolerance).minimize(jacobiF, x0);
        OptimizationResult plain = lineSearchNewtonCg(JACOBI_ONLY.withJacobiPreconditioner(false), tolerance)
                .minimize(plainF, x0);
        LOG.info("Jacobi: {} products + {} diagonals; {}", jacobiF.products(), jacobiF.diagonals(), jacobi);
        LOG.info("plain: {} products; {}", plainF.products(), plain);
        assertTrue(jacobi.converged() && jacobi.gradientNorm() <= tolerance, jacobi::toString);
        assertTrue(plain.converged() && plain.gradientNorm() <= tolerance, plain::toString);
        assertTrue(2 * jacobiF.products() < plainF.products(),
                () -> "Jacobi " + jacobiF.products() + " products vs plain " + plainF.products());
        // Diagonals are counted as Hessian evaluations, one per Newton–CG direction; the plain
        // run never asks for one.
        assertEquals(jacobiF.products() + jacobiF.diagonals(), jacobi.hessianEvaluations());
        assertTrue(jacobiF.diagonals() >= jacobi.iterations(), jacobi::toString);
        assertEquals(0, plainF.diagonals());
        assertEquals(plainF.products(), plain.hessianEvaluations());
        // f is λ-strongly convex (λ = 1e-3), so each point is within ‖g‖₂/λ ≤ √n·1e-8/1e-3 of
        // the minimizer, and the two are within twice that.
        LOG.info("max |w_Jacobi − w_plain| = {}", maxAbsDifference(plain.point(), jacobi.point()));
        assertArrayEquals(plain.point(), jacobi.point(), 2 * Math.sqrt(12) * tolerance / 1e-3);
        assertEquals(plain.value(), jacobi.value(), 1e-14);
    }

    /**
     * Issue 22, item 1: CG loses conjugacy in floating point on an ill-conditioned Hessian and may
     * need more than n products to meet the forcing tolerance η‖g‖, η = min(½, √‖g‖) (Conn, Gould
     * &amp; Toint §7.5.1); the old cap of n products stopped it short. f = ½xᵀAx + gᵀx with
     * A = Q·diag(λ)·Qᵀ, λ geometric over [1, 10¹⁰] (a rotation Q, no Hessian diagonal), n = 40,
     * ‖g‖ = 10⁻⁴ at x = 0: the first direction meets η‖g‖ within the default 20·n products and
     * not within n.
     */
    @Test
    void theCgCapDoesNotStarveTheDirectionOnAnIllConditionedHessian() {
        int n = 40;
        Random rnd = new Random(22);
        DMatrixRMaj q = RandomMatrices_DDRM.orthogonal(n, n, rnd);
        DMatrixRMaj qd = new DMatrixRMaj(n, n);
        DMatrixRMaj d = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            d.set(i, i, Math.pow(1e10, i / (n - 1.0)));
        }
        CommonOps_DDRM.mult(q, d, qd);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(qd, q, a);
        double[] g0 = new double[n];
        for (int i = 0; i < n; i++) {
            g0[i] = rnd.nextGaussian();
        }
        Vectors.scale(1e-4 / Vectors.norm2(g0), g0);
        TwiceDifferentiable f = TwiceDifferentiable.of(n, x -> {
            double[] ax = new double[n];
            Vectors.multiply(a, x, ax);
            return 0.5 * Vectors.dot(x, ax) + Vectors.dot(g0, x);
        }, (x, g) -> {
            Vectors.multiply(a, x, g);
            Vectors.axpy(1, g0, g);
        }, (x, h) -> h.setTo(a));
        double forcing = Math.min(0.5, Math.sqrt(1e-4)) * 1e-4;
        double[] x = new double[n];
        double[] p = new double[n];
        assertEquals(DirectionStatus.OK,
                NewtonCg.defaults().start(new CountingObjective(f, 100)).direction(x, g0, p));
        assertTrue(residual(a, g0, p) <= forcing, () -> "default cap: residual " + residual(a, g0, p));
        NewtonCg.defaults().withMaxCgIterations(n).start(new CountingObjective(f, 100))
                .direction(x, g0, p);
        assertTrue(residual(a, g0, p) > forcing,
                "n products already suffice here: the test no longer shows the starvation");
    }

    private static double residual(DMatrixRMaj a, double[] g, double[] p) {
        double[] r = new double[g.length];
        Vectors.multiply(a, p, r);
        Vectors.axpy(1, g, r);
        return Vectors.norm2(r);
    }

    @Test
    void withTheExactDiagonalOfADiagonalQuadraticOneProductGivesTheNewtonStep() {
        int n = 9;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.pow(10, 0.75 * (i - 4)); // 10⁻³ … 10³, above the floor 10⁻⁶·mean
            b[i] = 1 + i;
        }
        CountingObjective f = new CountingObjective(diagonalQuadratic(a, b), 100);
        CurvatureModel model = JACOBI_ONLY.start(f);
        double[] x = new double[n];
        double[] g = new double[n];
        f.gradient(x, g);
        double[] p = new double[n];
        assertEquals(DirectionStatus.OK, model.direction(x, g, p));
        for (int i = 0; i < n; i++) {
            assertEquals(b[i] / a[i], p[i], 1e-12 * b[i] / a[i], "component " + i);
        }
        assertEquals(2, f.hessianEvaluations(), "one diagonal and one Hessian-vector product");

        CountingObjective plainF = new CountingObjective(diagonalQuadratic(a, b), 100);
        JACOBI_ONLY.withJacobiPreconditioner(false).start(plainF).direction(x, g, p);
        assertTrue(plainF.hessianEvaluations() > 2, () -> "plain CG: " + plainF.hessianEvaluations());
    }

    @Test
    void negativeCurvatureAtTheFirstStepGivesThePreconditionedSteepestDescentDirectionScaledByTheCurvature() {
        // f = −½Σaᵢxᵢ² + Σxᵢ: concave, Hessian −diag(a); M = |diag| = diag(a), so d = −M⁻¹g, and
        // the step is (gᵀM⁻¹g / |dᵀHd|)·d, which here is exactly d (dᵀHd = −Σgᵢ²/aᵢ = −gᵀM⁻¹g).
        double[] a = {0.01, 1, 100};
        double[] minusA = {-0.01, -1, -100};
        double[] b = {-1, -1, -1};
        CountingObjective f = new CountingObjective(diagonalQuadratic(minusA, b), 100);
        double[] x = {0.5, 0.5, 0.5};
        double[] g = new double[3];
        f.gradient(x, g);
        double[] p = new double[3];
        assertEquals(DirectionStatus.OK, JACOBI_ONLY.start(f).direction(x, g, p));
        for (int i = 0; i < 3; i++) {
            assertEquals(-g[i] / a[i], p[i], 1e-15 * Math.abs(g[i] / a[i]), "component " + i);
        }
        // Unpreconditioned: d = −g, dᵀHd = −Σaᵢgᵢ², so the step is −(‖g‖² / Σaᵢgᵢ²)·g.
        double[] unpreconditioned = new double[3];
        JACOBI_ONLY.withJacobiPreconditioner(false).start(f).direction(x, g, unpreconditioned);
        double gg = 0;
        double gag = 0;
        for (int i = 0; i < 3; i++) {
            gg += g[i] * g[i];
            gag += a[i] * g[i] * g[i];
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(-gg / gag * g[i], unpreconditioned[i], 1e-15 * Math.abs(gg / gag * g[i]),
                    "component " + i);
        }
    }

    @Test
    void aZeroDiagonalEntryIsFlooredAndTheRunStillConverges() {
        // a₁ = 0 and b₁ = 0: x₁ does not enter f; the floored M keeps CG well defined.
        double[] a = {2, 0, 50};
        double[] b = {1, 0, -3};
        OptimizationResult r = lineSearchNewtonCg(JACOBI_ONLY, 1e-12).minimize(
                diagonalQuadratic(a, b), new double[] {1, 1, 1});
        assertTrue(r.converged(), r::toString);
        assertEquals(0.5, r.point()[0], 1e-12);
        assertEquals(1, r.point()[1], 0, "x₁ has zero gradient and must not move");
        assertEquals(-0.06, r.point()[2], 1e-12);
    }

    @Test
    void withAConstantDiagonalPreconditionedCgTakesTheStepsOfPlainCg() {
        // PCG with M = cI is CG: same iterates, same number of products (to rounding).
        int n = 40;
        TwiceDifferentiable base = TestProblems.byName("extended-rosenbrock").withDimension(n).objective();
        // A quadratic with constant diagonal 4 and off-diagonals 1.5 (SPD) plus b from Rosenbrock's
        // start gradient, so that the right-hand side is not special.
        double[] b = new double[n];
        base.gradient(TestProblems.byName("extended-rosenbrock").withDimension(n).start(), b);
        WithDiagonal tridiagonal = new WithDiagonal() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double value(double[] x) {
                double f = 0;
                for (int i = 0; i < n; i++) {
                    f += 0.5 * x[i] * ax(x, i) - b[i] * x[i];
                }
                return f;
            }

            private double ax(double[] x, int i) {
                return 4 * x[i] + (i > 0 ? 1.5 * x[i - 1] : 0) + (i < n - 1 ? 1.5 * x[i + 1] : 0);
            }

            @Override
            public void gradient(double[] x, double[] g) {
                for (int i = 0; i < n; i++) {
                    g[i] = ax(x, i) - b[i];
                }
            }

            @Override
            public void hessian(double[] x, DMatrixRMaj out) {
                out.zero();
                for (int i = 0; i < n; i++) {
                    out.set(i, i, 4);
                    if (i > 0) {
                        out.set(i, i - 1, 1.5);
                        out.set(i - 1, i, 1.5);
                    }
                }
            }

            @Override
            public void hessianVector(double[] x, double[] v, double[] out) {
                for (int i = 0; i < n; i++) {
                    out[i] = ax(v, i);
                }
            }

            @Override
            public void hessianDiagonal(double[] x, double[] out) {
                java.util.Arrays.fill(out, 4);
            }
        };
        OptimizationResult jacobi = lineSearchNewtonCg(JACOBI_ONLY, 1e-10).minimize(tridiagonal, new double[n]);
        OptimizationResult plain = lineSearchNewtonCg(JACOBI_ONLY.withJacobiPreconditioner(false), 1e-10)
                .minimize(tridiagonal, new double[n]);
        assertTrue(jacobi.converged() && plain.converged(), jacobi + "\n" + plain);
        assertEquals(plain.iterations(), jacobi.iterations());
        assertEquals(plain.hessianEvaluations() + jacobi.iterations(), jacobi.hessianEvaluations(),
                "the same products plus one diagonal per direction");
        assertArrayEquals(plain.point(), jacobi.point(), 1e-12);
    }

    @Test
    void onAnObjectiveWithoutDiagonalJacobiIsPlainCg() {
        TestProblem p = TestProblems.byName("extended-rosenbrock");
        OptimizationResult byDefault = lineSearchNewtonCg(JACOBI_ONLY, 1e-8).minimize(p.objective(), p.start());
        OptimizationResult off = lineSearchNewtonCg(JACOBI_ONLY.withJacobiPreconditioner(false), 1e-8)
                .minimize(p.objective(), p.start());
        assertArrayEquals(off.point(), byDefault.point(), 0);
        assertEquals(off.iterations(), byDefault.iterations());
        assertEquals(off.hessianEvaluations(), byDefault.hessianEvaluations());
    }
}
