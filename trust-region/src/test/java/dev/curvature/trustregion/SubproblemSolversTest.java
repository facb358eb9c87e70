package dev.curvature.trustregion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.spi.Vectors;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.RandomMatrices_DDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The subproblem solvers against the global minimizer from an eigen-decomposition
 * ({@link GlobalSolution}) on random models of every kind, N&amp;W (4.20)'s Cauchy decrease, and
 * the feasibility ‖p‖ ≤ Δ.
 */
class SubproblemSolversTest {
    private static final int[] DIMENSIONS = {1, 2, 3, 5, 10, 20};
    private static final int DRAWS = 25;

    /** c₁ of the Cauchy decrease m(0) − m(p) ≥ c₁‖g‖min(Δ, ‖g‖/‖B‖) each solver guarantees. */
    private static double cauchyConstant(TrustRegionSolver solver) {
        return solver instanceof MoreSorensen ms ? 0.5 * (1 - ms.accuracy()) : 0.5;
    }

    @ParameterizedTest
    @EnumSource(RandomModels.Kind.class)
    void everySolverStaysFeasibleAndAchievesTheCauchyDecrease(RandomModels.Kind kind) {
        TrustRegionSolver[] solvers = {SteihaugCg.defaults(), Dogleg.defaults(),
            MoreSorensen.defaults()};
        Random rnd = new Random(kind.ordinal() * 7919L + 1);
        for (int n : DIMENSIONS) {
            for (int draw = 0; draw < DRAWS; draw++) {
                RandomModels m = RandomModels.draw(kind, n, rnd);
                GlobalSolution best = GlobalSolution.of(m.b, m.g, m.radius);
                double gNorm = Vectors.norm2(m.g);
                double required = gNorm * Math.min(m.radius, gNorm / best.largestAbsEigenvalue);
                for (TrustRegionSolver solver : solvers) {
                    FixedModel model = new FixedModel(m.b);
                    double[] p = new double[n];
                    double reported = solver.start(model, n).solve(new double[n], m.g, m.radius, p);
                    double actual = GlobalSolution.model(m.b, m.g, p);
                    String where = solver + " on " + m;
                    assertTrue(Vectors.norm2(p) <= m.radius * (1 + 1e-12),
                            where + ": ‖p‖ = " + Vectors.norm2(p));
                    assertEquals(actual, reported, 1e-9 * (Math.abs(actual) + gNorm * m.radius),
                            where + ": reported m(p) differs from gᵀp + ½pᵀBp");
                    assertTrue(-actual >= cauchyConstant(solver) * required * (1 - 1e-9),
                            where + ": decrease " + -actual + " < c₁‖g‖min(Δ, ‖g‖/‖B‖) = "
                                    + cauchyConstant(solver) * required);
                    assertTrue(actual >= best.value - 1e-9 * Math.abs(best.value),
                            where + ": m(p) = " + actual + " below the global minimum "
                                    + best.value + " (the reference is wrong)");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RandomModels.Kind.class)
    void moreSorensenReachesTheGlobalMinimumWithinItsAccuracy(RandomModels.Kind kind) {
        Random rnd = new Random(kind.ordinal() * 104729L + 3);
        for (MoreSorensen solver : new MoreSorensen[] {MoreSorensen.defaults(),
            MoreSorensen.defaults().withAccuracy(1e-8).withMaxFactorizations(200)}) {
            for (int n : DIMENSIONS) {
                for (int draw = 0; draw < DRAWS; draw++) {
                    RandomModels m = RandomModels.draw(kind, n, rnd);
                    GlobalSolution best = GlobalSolution.of(m.b, m.g, m.radius);
                    double[] p = new double[n];
                    solver.start(new FixedModel(m.b), n).solve(new double[n], m.g, m.radius, p);
                    double value = GlobalSolution.model(m.b, m.g, p);
                    double sigma = solver.accuracy();
                    assertTrue(value <= (1 - sigma) * best.value + 1e-11 * Math.abs(best.value),
                            solver + " on " + m + ": m(p) = " + value + ", m* = " + best.value
                                    + ", relative gap " + (value - best.value) / Math.abs(best.value));
                }
            }
        }
    }

    @Test
    void moreSorensenSolvesThePositiveDefiniteInteriorCaseExactly() {
        Random rnd = new Random(11);
        for (int n : DIMENSIONS) {
            RandomModels m = RandomModels.draw(RandomModels.Kind.POSITIVE_DEFINITE, n, rnd);
            FixedModel model = new FixedModel(m.b);
            double[] newton = new double[n];
            model.direction(null, m.g, newton);
            double radius = 2 * Vectors.norm2(newton);
            double[] p = new double[n];
            MoreSorensen.defaults().start(model, n).solve(new double[n], m.g, radius, p);
            assertArrayEquals(newton, p, 1e-10 * Vectors.norm2(newton), "n = " + n);
        }
    }

    @Test
    void moreSorensenTakesTheNewtonStepOfABadlyScaledPositiveDefiniteB() {
        // κ(B) = 10¹⁷ only through the scaling of the variables (B is diagonal): the
        // scale-invariant rank test accepts B, and the interior Newton step p = −B⁻¹g = (−1, −1)
        // is the exact model minimizer (as LAPACK's dpotrf, hence SciPy's trust-exact, takes it).
        // The earlier test on (min Lᵢᵢ/max Lᵢᵢ)² called B singular and regularized the step.
        DMatrixRMaj b = DMatrixRMaj.wrap(2, 2, new double[] {1, 0, 0, 1e-17});
        double[] g = {1, 1e-17};
        double[] p = new double[2];
        double m = MoreSorensen.defaults().start(new FixedModel(b), 2)
                .solve(new double[2], g, 10, p);
        assertArrayEquals(new double[] {-1, -1}, p, 1e-12);
        assertEquals(-0.5 * (1 + 1e-17), m, 1e-15);
    }

    @Test
    void moreSorensenFindsTheHardCaseStepOnTheBoundary() {
        // N&W §4.3: B = diag(−2, 1, 3), g ⊥ q₁ = e₁; p(λ) for λ ↓ 2 stays inside Δ = 2.
        DMatrixRMaj b = DMatrixRMaj.wrap(3, 3, new double[] {-2, 0, 0, 0, 1, 0, 0, 0, 3});
        double[] g = {0, 1, 1};
        double radius = 2;
        GlobalSolution best = GlobalSolution.of(b, g, radius);
        assertEquals(2, best.lambda, 1e-12, "the reference sees the hard case");
        double[] p = new double[3];
        MoreSorensen solver = MoreSorensen.defaults().withAccuracy(1e-10).withMaxFactorizations(200);
        solver.start(new FixedModel(b), 3).solve(new double[3], g, radius, p);
        assertEquals(radius, Vectors.norm2(p), 1e-9);
        // p = (±τ, −1/3, −1/5) with τ² = 4 − 1/9 − 1/25
        assertEquals(-1.0 / 3, p[1], 1e-6);
        assertEquals(-1.0 / 5, p[2], 1e-6);
        assertEquals(Math.sqrt(4 - 1.0 / 9 - 1.0 / 25), Math.abs(p[0]), 1e-5);
        assertEquals(best.value, GlobalSolution.model(b, g, p), 1e-9 * Math.abs(best.value));
    }

    @Test
    void steihaugStopsAtTheForcingToleranceInsideTheRegion() {
        Random rnd = new Random(5);
        for (int n : DIMENSIONS) {
            RandomModels m = RandomModels.draw(RandomModels.Kind.POSITIVE_DEFINITE, n, rnd);
            FixedModel model = new FixedModel(m.b);
            double[] newton = new double[n];
            model.direction(null, m.g, newton);
            double[] p = new double[n];
            SteihaugCg.defaults().withMaxIterations(10 * n).start(model, n)
                    .solve(new double[n], m.g, 10 * Vectors.norm2(newton), p);
            double[] r = new double[n];
            model.multiply(null, null, p, r);
            Vectors.axpy(1, m.g, r);
            double gNorm = Vectors.norm2(m.g);
            assertTrue(Vectors.norm2(r) <= Math.min(0.5, Math.sqrt(gNorm)) * gNorm,
                    "n = " + n + ": residual " + Vectors.norm2(r));
        }
    }

    /**
     * Issue 22, item 1: in floating point CG loses conjugacy on an ill-conditioned model and may
     * need more than n steps to meet its forcing tolerance (Conn, Gould &amp; Toint §7.5.1); the old
     * cap of n steps stopped it short. B = Q·diag(λ)·Qᵀ with λ spread geometrically over
     * [1, 10¹⁰] (a rotation Q, so CG does not see a diagonal), n = 40, ‖g‖ = 10⁻⁴: the forcing
     * tolerance min(½, √‖g‖)·‖g‖ asks a relative residual of 10⁻², within the default cap of
     * 100·n steps but not within n.
     */
    @Test
    void steihaugCgIsNotStarvedByAnNStepCapOnAnIllConditionedModel() {
        int n = 40;
        Random rnd = new Random(22);
        DMatrixRMaj q = RandomMatrices_DDRM.orthogonal(n, n, rnd);
        DMatrixRMaj d = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            d.set(i, i, Math.pow(1e10, i / (n - 1.0)));
        }
        DMatrixRMaj qd = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(q, d, qd);
        DMatrixRMaj b = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(qd, q, b);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = rnd.nextGaussian();
        }
        Vectors.scale(1e-4 / Vectors.norm2(g), g);
        FixedModel model = new FixedModel(b);
        double forcing = Math.min(0.5, Math.sqrt(1e-4)) * 1e-4;
        double huge = 1e30; // the region never binds: only the cap or the residual test stops CG
        double[] p = new double[n];
        SteihaugCg.defaults().start(model, n).solve(new double[n], g, huge, p);
        assertTrue(residual(model, g, p) <= forcing,
                "default cap: residual " + residual(model, g, p) + " > " + forcing);
        SteihaugCg.defaults().withMaxIterations(n).start(model, n).solve(new double[n], g, huge, p);
        assertTrue(residual(model, g, p) > forcing,
                "n steps already suffice here: the test no longer shows the starvation");
    }

    private static double residual(FixedModel model, double[] g, double[] p) {
        double[] r = new double[g.length];
        model.multiply(null, null, p, r);
        Vectors.axpy(1, g, r);
        return Vectors.norm2(r);
    }

    @Test
    void steihaugGoesToTheBoundaryAlongNegativeCurvature() {
        Random rnd = new Random(8);
        for (int n : DIMENSIONS) {
            RandomModels m = RandomModels.draw(RandomModels.Kind.INDEFINITE, n, rnd);
            double radius = 1e3; // far beyond any stationary point
            double[] p = new double[n];
            SteihaugCg.defaults().start(new FixedModel(m.b), n).solve(new double[n], m.g, radius, p);
            assertEquals(radius, Vectors.norm2(p), 1e-9 * radius, "n = " + n);
        }
    }

    @Test
    void doglegTakesTheNewtonStepWhenItFitsAndTheCauchyPointWhenBIsIndefinite() {
        Random rnd = new Random(13);
        for (int n : DIMENSIONS) {
            RandomModels pd = RandomModels.draw(RandomModels.Kind.POSITIVE_DEFINITE, n, rnd);
            FixedModel model = new FixedModel(pd.b);
            double[] newton = new double[n];
            model.direction(null, pd.g, newton);
            double[] p = new double[n];
            Dogleg.defaults().start(model, n).solve(new double[n], pd.g, 1.01 * Vectors.norm2(newton), p);
            assertArrayEquals(newton, p, 1e-10 * Vectors.norm2(newton), "PD, n = " + n);

            RandomModels ind = RandomModels.draw(RandomModels.Kind.INDEFINITE, n, rnd);
            double[] cauchy = new double[n];
            double[] bg = new double[n];
            Vectors.multiply(ind.b, ind.g, bg);
            Subproblems.cauchyPoint(ind.g, Vectors.dot(ind.g, bg), ind.radius, cauchy);
            Dogleg.defaults().start(new FixedModel(ind.b), n).solve(new double[n], ind.g, ind.radius, p);
            assertArrayEquals(cauchy, p, 1e-12 * ind.radius, "indefinite, n = " + n);
        }
    }

    @Test
    void doglegGivesTheSameStepForADenseAndAMatrixFreePositiveDefiniteModel() {
        Random rnd = new Random(17);
        for (int n : DIMENSIONS) {
            RandomModels m = RandomModels.draw(RandomModels.Kind.POSITIVE_DEFINITE, n, rnd);
            FixedModel model = new FixedModel(m.b);
            double[] dense = new double[n];
            double[] free = new double[n];
            Dogleg.defaults().start(model, n).solve(new double[n], m.g, m.radius, dense);
            Dogleg.defaults().start(model.matrixFree(), n).solve(new double[n], m.g, m.radius, free);
            assertArrayEquals(dense, free, 1e-9 * m.radius, "n = " + n);
        }
    }

    @Test
    void moreSorensenRejectsAMatrixFreeModel() {
        FixedModel model = new FixedModel(DMatrixRMaj.wrap(1, 1, new double[] {1}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MoreSorensen.defaults().start(model.matrixFree(), 1));
        assertTrue(e.getMessage().startsWith("model"), e.getMessage());
    }

    @Test
    void nonFiniteModelsReportNaN() {
        DMatrixRMaj b = DMatrixRMaj.wrap(2, 2, new double[] {1, Double.NaN, Double.NaN, 1});
        for (TrustRegionSolver solver : new TrustRegionSolver[] {SteihaugCg.defaults(),
            Dogleg.defaults(), MoreSorensen.defaults()}) {
            double m = solver.start(new FixedModel(b), 2).solve(new double[2], new double[] {1, 1},
                    1, new double[2]);
            assertTrue(Double.isNaN(m), solver + " returned " + m);
        }
    }
}
