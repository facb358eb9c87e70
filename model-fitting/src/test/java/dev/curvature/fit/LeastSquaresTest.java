package dev.curvature.fit;

import dev.curvature.problems.NistDataset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.Objective;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.spi.InitialStep;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.diagnostics.CriticalPoint;
import dev.curvature.linesearch.Backtracking;
import dev.curvature.linesearch.LineSearchGlobalization;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class LeastSquaresTest {
    private static final FitOptions GAUSS_NEWTON = FitOptions.defaults().withCurvature(GaussNewton.defaults());

    /** Distances ‖x_k − x*‖∞ of the iterates of a run with the fit's optimizer. */
    private static List<Double> errors(FitOptions options, ResidualModel problem, double[] p0,
            double[] solution) {
        List<Double> errors = new ArrayList<>();
        OptimizationResult r = LeastSquares.optimizer(options).minimize(LeastSquaresObjective.of(problem), p0,
                info -> {
                    double e = 0;
                    for (int i = 0; i < solution.length; i++) {
                        e = Math.max(e, Math.abs(info.point()[i] - solution[i]));
                    }
                    errors.add(e);
                    return true;
                });
        assertTrue(r.converged(), r.message());
        return errors;
    }

    @Test
    void gaussNewtonConvergesQuadraticallyOnAZeroResidualProblem() {
        ResidualModel problem = FitProblems.exponential(0);
        FitResult fit = LeastSquares.fit(problem, new double[] {1, -0.3}, GAUSS_NEWTON);
        assertTrue(fit.converged(), fit.toString());
        assertArrayEquals(new double[] {2, -0.7}, fit.parameters(), 1e-12);
        assertTrue(fit.optimization().iterations() <= 10, fit.toString());
        assertTrue(fit.residualSumOfSquares() < 1e-25, fit.toString());
        List<Double> e = errors(GAUSS_NEWTON, problem, new double[] {1, -0.3}, new double[] {2, -0.7});
        // Once close, each error is at most a modest multiple of the square of the previous one.
        int checked = 0;
        for (int k = 1; k < e.size(); k++) {
            if (e.get(k - 1) < 1e-2 && e.get(k - 1) > 1e-7) {
                assertTrue(e.get(k) <= 10 * e.get(k - 1) * e.get(k - 1), e.toString());
                checked++;
            }
        }
        assertTrue(checked >= 1, e.toString());
    }

    @Test
    void levenbergMarquardtDropsItsDampingAndConvergesFastOnAZeroResidualProblem() {
        ResidualModel problem = FitProblems.exponential(0);
        FitResult fit = LeastSquares.fit(problem, new double[] {1, -0.3});
        assertTrue(fit.converged(), fit.toString());
        assertArrayEquals(new double[] {2, -0.7}, fit.parameters(), 1e-12);
        assertTrue(fit.optimization().iterations() <= 15, fit.toString());
        List<Double> e = errors(FitOptions.defaults(), problem, new double[] {1, -0.3}, new double[] {2, -0.7});
        // Superlinear at the end: the last contraction factors fall well below the first ones.
        int last = e.size() - 1;
        assertTrue(e.get(last) <= 1e-3 * e.get(last - 1) || e.get(last) < 1e-14, e.toString());
    }

    @Test
    void gaussNewtonAndLevenbergMarquardtAgreeOnANoisyProblem() {
        ResidualModel problem = FitProblems.exponential(0.01);
        FitResult lm = LeastSquares.fit(problem, new double[] {1, -0.3});
        FitResult gn = LeastSquares.fit(problem, new double[] {1, -0.3}, GAUSS_NEWTON);
        assertTrue(lm.converged(), lm.toString());
        assertTrue(gn.converged(), gn.toString());
        for (int i = 0; i < 2; i++) {
            assertEquals(gn.parameters()[i], lm.parameters()[i], 1e-8 * lm.standardErrors()[i]
                    + 1e-9 * Math.abs(lm.parameters()[i]));
            assertEquals(gn.standardErrors()[i], lm.standardErrors()[i], 1e-7 * lm.standardErrors()[i]);
        }
        assertEquals(gn.residualSumOfSquares(), lm.residualSumOfSquares(), 1e-13 * lm.residualSumOfSquares());
        assertEquals(10, lm.degreesOfFreedom());
        assertEquals(Math.sqrt(lm.residualSumOfSquares() / 10), lm.residualStandardDeviation(), 1e-15);
        assertEquals(CriticalPoint.MINIMUM, lm.gaussNewtonAnalysis().orElseThrow().classification());
    }

    /** y = (a + b)·exp(−t/2): only a + b is identified, J has two equal columns. */
    private static ResidualModel unidentifiable() {
        int m = 8;
        return new ResidualModel() {
            @Override
            public int parameters() {
                return 2;
            }

            @Override
            public int observations() {
                return m;
            }

            @Override
            public void residuals(double[] p, double[] out) {
                for (int i = 0; i < m; i++) {
                    double t = 0.5 * i;
                    out[i] = (p[0] + p[1]) * Math.exp(-t / 2) - (3 * Math.exp(-t / 2) + 0.01 * Math.cos(i));
                }
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
                for (int i = 0; i < m; i++) {
                    double e = Math.exp(-0.25 * i);
                    out.set(i, 0, e);
                    out.set(i, 1, e);
                }
            }
        };
    }

    @Test
    void gaussNewtonStopsOnARankDeficientJacobianWhileLevenbergMarquardtStillFits() {
        FitResult gn = LeastSquares.fit(unidentifiable(), new double[] {1, 0.5}, GAUSS_NEWTON);
        assertEquals(TerminationReason.SINGULAR_HESSIAN, gn.optimization().termination(), gn.toString());

        FitResult lm = LeastSquares.fit(unidentifiable(), new double[] {1, 0.5});
        assertTrue(lm.converged(), lm.toString());
        double sum = lm.parameters()[0] + lm.parameters()[1];
        // The identifiable combination is the linear least-squares coefficient of exp(−t/2).
        double num = 0;
        double den = 0;
        for (int i = 0; i < 8; i++) {
            double e = Math.exp(-0.25 * i);
            num += e * (3 * e + 0.01 * Math.cos(i));
            den += e * e;
        }
        assertEquals(num / den, sum, 1e-9);
        assertEquals(CovarianceStatus.SINGULAR, lm.covarianceStatus(), lm.parameterCovariance().message());
        IllegalStateException e = assertThrows(IllegalStateException.class, lm::standardErrors);
        assertTrue(e.getMessage().contains("SINGULAR"), e.getMessage());
        assertEquals(Double.POSITIVE_INFINITY, lm.gaussNewtonAnalysis().orElseThrow().conditionNumber());
    }

    @Test
    void standardErrorsAgreeWithThoseOfAFiniteDifferenceJacobian() {
        ResidualModel problem = FitProblems.exponential(0.02);
        FitResult fit = LeastSquares.fit(problem, new double[] {1, -0.3});
        assertTrue(fit.converged(), fit.toString());
        DMatrixRMaj fd = FitProblems.finiteDifferenceJacobian(problem, fit.parameters(), 1e-6);
        double[] expected = CovarianceEstimator.leastSquares(fd, fit.residualSumOfSquares()).standardErrors();
        double[] actual = fit.standardErrors();
        for (int i = 0; i < 2; i++) {
            assertEquals(expected[i], actual[i], 1e-7 * expected[i]);
        }
    }

    @Test
    void standardErrorsOfAStraightLineMatchTheTextbookFormulas() {
        double[] t = {0, 1, 2, 3, 5, 8, 13};
        double[] y = {1.1, 2.9, 5.2, 6.8, 11.1, 17.2, 26.5};
        int m = t.length;
        ResidualModel line = new ResidualModel() {
            @Override
            public int parameters() {
                return 2;
            }

            @Override
            public int observations() {
                return m;
            }

            @Override
            public void residuals(double[] p, double[] out) {
                for (int i = 0; i < m; i++) {
                    out[i] = p[0] + p[1] * t[i] - y[i];
                }
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
                for (int i = 0; i < m; i++) {
                    out.set(i, 0, 1);
                    out.set(i, 1, t[i]);
                }
            }
        };
        FitResult fit = LeastSquares.fit(line, new double[] {0, 0});
        double tBar = 0;
        double yBar = 0;
        for (int i = 0; i < m; i++) {
            tBar += t[i] / m;
            yBar += y[i] / m;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < m; i++) {
            sxx += (t[i] - tBar) * (t[i] - tBar);
            sxy += (t[i] - tBar) * (y[i] - yBar);
        }
        double slope = sxy / sxx;
        double intercept = yBar - slope * tBar;
        double rss = 0;
        for (int i = 0; i < m; i++) {
            double r = y[i] - intercept - slope * t[i];
            rss += r * r;
        }
        double s = Math.sqrt(rss / (m - 2));
        double[] se = {s * Math.sqrt(1.0 / m + tBar * tBar / sxx), s / Math.sqrt(sxx)};
        // The documented stopping guarantees: the remaining correction is below τ·√n standard
        // errors (relative offset) or √(2·10ε)·√(m − n) standard errors (rounding floor of f).
        double tau = FitOptions.defaults().relativeOffsetTolerance();
        double bound = Math.max(tau * Math.sqrt(2), Math.sqrt(20 * Math.ulp(1.0)) * Math.sqrt(m - 2));
        assertEquals(intercept, fit.parameters()[0], bound * se[0], fit.toString());
        assertEquals(slope, fit.parameters()[1], bound * se[1], fit.toString());
        assertEquals(rss, fit.residualSumOfSquares(), 1e-12 * rss);
        assertArrayEquals(se, fit.standardErrors(), 1e-10);
        DMatrixRMaj c = fit.covariance();
        assertEquals(-s * s * tBar / sxx, c.get(0, 1), 1e-10);
    }

    @Test
    void anInterpolatingFitHasNoDegreesOfFreedom() {
        ResidualModel twoPoints = new ResidualModel() {
            @Override
            public int parameters() {
                return 2;
            }

            @Override
            public int observations() {
                return 2;
            }

            @Override
            public void residuals(double[] p, double[] out) {
                out[0] = p[0] - 2;
                out[1] = p[0] * Math.exp(p[1]) - 2 * Math.exp(-0.7);
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
                out.set(0, 0, 1);
                out.set(0, 1, 0);
                out.set(1, 0, Math.exp(p[1]));
                out.set(1, 1, p[0] * Math.exp(p[1]));
            }
        };
        FitResult fit = LeastSquares.fit(twoPoints, new double[] {1, 0});
        assertTrue(fit.converged(), fit.toString());
        assertArrayEquals(new double[] {2, -0.7}, fit.parameters(), 1e-12);
        assertEquals(CovarianceStatus.NO_DEGREES_OF_FREEDOM, fit.covarianceStatus());
        assertTrue(Double.isNaN(fit.residualStandardDeviation()));
        assertThrows(IllegalStateException.class, fit::covariance);
    }

    @Test
    void anExceptionFromTheProblemEndsTheRunWithoutEscaping() {
        ResidualModel inner = FitProblems.exponential(0.01);
        ResidualModel failing = new ResidualModel() {
            private int calls;

            @Override
            public int parameters() {
                return 2;
            }

            @Override
            public int observations() {
                return inner.observations();
            }

            @Override
            public void residuals(double[] p, double[] out) {
                if (++calls > 3) {
                    throw new IllegalStateException("sensor offline");
                }
                inner.residuals(p, out);
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
                inner.jacobian(p, out);
            }
        };
        FitResult fit = LeastSquares.fit(failing, new double[] {1, -0.3});
        assertEquals(TerminationReason.OBJECTIVE_FAILED, fit.optimization().termination(), fit.toString());
        assertEquals("sensor offline", fit.optimization().cause().orElseThrow().getMessage());
        assertEquals(CovarianceStatus.NOT_FINITE, fit.covarianceStatus());
    }

    @Test
    void theCurvatureProvidersNeedASumOfSquaresObjective() {
        Objective plain = Objective.of(2, x -> x[0] * x[0] + x[1] * x[1], (x, g) -> {
            g[0] = 2 * x[0];
            g[1] = 2 * x[1];
        });
        for (LeastSquaresCurvature curvature : List.of(GaussNewton.defaults(), LevenbergMarquardt.defaults())) {
            IterativeOptimizer optimizer = new IterativeOptimizer("test", curvature,
                    new LineSearchGlobalization(Backtracking.defaults(), InitialStep.UNIT),
                    ConvergenceCriteria.defaults());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> optimizer.minimize(plain, new double[] {1, 1}));
            assertTrue(e.getMessage().startsWith("objective"), e.getMessage());
        }
    }

    @Test
    void levenbergMarquardtAlsoWorksUnderAPlainLineSearch() {
        ResidualModel problem = FitProblems.exponential(0);
        IterativeOptimizer plain = new IterativeOptimizer("lm", LevenbergMarquardt.defaults(),
                new LineSearchGlobalization(Backtracking.defaults(), InitialStep.UNIT),
                ConvergenceCriteria.defaults().withGradientTolerance(1e-12));
        OptimizationResult r = plain.minimize(LeastSquaresObjective.of(problem), new double[] {1, -0.3});
        assertEquals(TerminationReason.GRADIENT_TOLERANCE, r.termination(), r.message());
        assertArrayEquals(new double[] {2, -0.7}, r.point(), 1e-10);
    }

    /** Counts the calls the fit makes to the user's problem. */
    private static final class CountingProblem implements ResidualModel {
        private final ResidualModel inner;
        int residualCalls;
        int jacobianCalls;

        CountingProblem(ResidualModel inner) {
            this.inner = inner;
        }

        @Override
        public int parameters() {
            return inner.parameters();
        }

        @Override
        public int observations() {
            return inner.observations();
        }

        @Override
        public void residuals(double[] p, double[] out) {
            residualCalls++;
            inner.residuals(p, out);
        }

        @Override
        public void jacobian(double[] p, DMatrixRMaj out) {
            jacobianCalls++;
            inner.jacobian(p, out);
        }
    }

    @Test
    void geodesicAccelerationCostsOneCountedResidualEvaluationPerIteration() {
        FitOptions plain = FitOptions.defaults()
                .withCurvature(LevenbergMarquardt.defaults().withGeodesicAcceleration(false));
        int[] residualsWithout = new int[1];
        for (FitOptions options : List.of(FitOptions.defaults(), plain)) {
            CountingProblem problem = new CountingProblem(FitProblems.exponential(0.05));
            FitResult fit = LeastSquares.fit(problem, new double[] {1, -0.3}, options);
            assertTrue(fit.converged(), fit.toString());
            assertEquals(problem.residualCalls, fit.residualEvaluations(), fit.toString());
            assertEquals(problem.jacobianCalls, fit.jacobianEvaluations(), fit.toString());
            int iterations = fit.optimization().iterations();
            if (options == plain) {
                residualsWithout[0] = fit.residualEvaluations();
            } else {
                // each iteration probes r(x + hv) once, on top of the line search's evaluations
                assertTrue(fit.residualEvaluations() >= fit.jacobianEvaluations() + iterations,
                        fit.toString());
            }
        }
        assertTrue(residualsWithout[0] > 0);
    }

    @Test
    void geodesicAccelerationKeepsMgh17FromEvaporatingFromTheFarStart() {
        // NIST MGH17 from start 1 (b4 = 1, b5 = 2): plain LM's first step sends b5 to ≈ 5·10³,
        // where exp(−b5·x) vanishes on the data and its column of J is zero; the accelerated
        // direction stays on the model manifold and reaches the certified minimum.
        NistDataset data = NistDataset.load("MGH17");
        ResidualModel problem = NistModel.MGH17.problem(data);
        FitResult plain = LeastSquares.fit(problem, data.start(1), FitOptions.defaults()
                .withCurvature(LevenbergMarquardt.defaults().withGeodesicAcceleration(false)));
        assertTrue(plain.residualSumOfSquares() > 100 * data.certifiedResidualSumOfSquares(),
                plain.toString());
        FitResult accelerated = LeastSquares.fit(problem, data.start(1));
        assertTrue(accelerated.converged(), accelerated.toString());
        assertEquals(data.certifiedResidualSumOfSquares(), accelerated.residualSumOfSquares(),
                1e-9 * data.certifiedResidualSumOfSquares(), accelerated.toString());
        for (int i = 0; i < data.certified().length; i++) {
            assertEquals(data.certified()[i], accelerated.parameters()[i],
                    1e-6 * Math.abs(data.certified()[i]), accelerated.toString());
        }
    }

    @Test
    void sumOfSquaresHasGradientJacobianTransposeResiduals() {
        LeastSquaresObjective f = LeastSquaresObjective.of(FitProblems.exponential(0.05));
        double[] p = {1.7, -0.4};
        double[] g = new double[2];
        double value = f.valueAndGradient(p, g);
        assertEquals(f.value(p), value, 0);
        for (int i = 0; i < 2; i++) {
            double h = 1e-6;
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[i] += h;
            minus[i] -= h;
            assertEquals((f.value(plus) - f.value(minus)) / (2 * h), g[i], 1e-8 * Math.max(1, Math.abs(g[i])));
        }
        assertEquals(1, f.jacobianEvaluations());
        assertEquals(6, f.residualEvaluations());
    }

    @Test
    void rejectsBadArgumentsNamingThem() {
        ResidualModel problem = FitProblems.exponential(0);
        assertNames("problem", () -> LeastSquares.fit(null, new double[] {1, 1}));
        assertNames("p0", () -> LeastSquares.fit(problem, null));
        assertNames("p0", () -> LeastSquares.fit(problem, new double[] {1}));
        assertNames("p0", () -> LeastSquares.fit(problem, new double[] {1, Double.NaN}));
        assertNames("options", () -> LeastSquares.fit(problem, new double[] {1, 1}, (FitOptions) null));
        ResidualModel wide = new ResidualModel() {
            @Override
            public int parameters() {
                return 3;
            }

            @Override
            public int observations() {
                return 2;
            }

            @Override
            public void residuals(double[] p, double[] out) {
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
            }
        };
        assertNames("problem.observations()", () -> LeastSquares.fit(wide, new double[3]));
        assertNames("relativeOffsetTolerance", () -> FitOptions.defaults().withRelativeOffsetTolerance(-1));
        assertNames("initialDamping", () -> LevenbergMarquardt.defaults().withInitialDamping(0));
        assertTrue(LevenbergMarquardt.defaults().geodesicAcceleration());
        assertTrue(!LevenbergMarquardt.defaults().withGeodesicAcceleration(false)
                .withInitialDamping(1).geodesicAcceleration());
    }

    @Test
    void neverModifiesTheStartPoint() {
        double[] p0 = {1, -0.3};
        LeastSquares.fit(FitProblems.exponential(0.01), p0);
        assertArrayEquals(new double[] {1, -0.3}, p0, 0);
    }

    private static void assertNames(String name, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }
}
