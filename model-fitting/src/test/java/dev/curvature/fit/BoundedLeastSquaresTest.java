package dev.curvature.fit;

import dev.curvature.problems.NistDataset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Bounded Levenberg–Marquardt ({@link LeastSquares#fit(ResidualModel, double[], Bounds)}) on the
 * NIST StRD Misra1a data, y = b1·(1 − exp(−b2·x)), certified b1 = 238.94, b2 = 5.5016·10⁻⁴.
 * The bound b1 ≤ 200 cuts the certified optimum off, so b1 must end on it; the free parameter is
 * checked independently against an unbounded fit of the one-parameter model with b1 = 200.
 */
class BoundedLeastSquaresTest {
    private static final double CAP = 200;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static final NistDataset MISRA1A = NistDataset.load("Misra1a");

    private static ResidualModel misra1a() {
        return NistModel.MISRA1A.problem(MISRA1A);
    }

    /** Misra1a with b1 held at {@code b1}: a one-parameter problem in b2. */
    private static ResidualModel misra1aWithB1(double b1) {
        ResidualModel full = misra1a();
        int m = full.observations();
        DMatrixRMaj jacobian = new DMatrixRMaj(m, 2);
        return new ResidualModel() {
            @Override
            public int parameters() {
                return 1;
            }

            @Override
            public int observations() {
                return m;
            }

            @Override
            public void residuals(double[] p, double[] out) {
                full.residuals(new double[] {b1, p[0]}, out);
            }

            @Override
            public void jacobian(double[] p, DMatrixRMaj out) {
                full.jacobian(new double[] {b1, p[0]}, jacobian);
                for (int i = 0; i < m; i++) {
                    out.set(i, 0, jacobian.get(i, 1));
                }
            }
        };
    }

    private static Bounds capOnB1() {
        return Bounds.of(new double[] {0, 0}, new double[] {CAP, INF});
    }

    @Test
    void aBoundThatCutsTheOptimumOffHoldsB1ThereAndB2MatchesTheFitWithB1Fixed() {
        assertTrue(MISRA1A.certified()[0] > CAP, "the bound must cut the certified b1 off");
        double[] start = MISRA1A.start(1); // (500, 10⁻⁴): b1 outside the box
        FitResult bounded = LeastSquares.fit(misra1a(), start, capOnB1());
        FitResult fixed = LeastSquares.fit(misra1aWithB1(CAP), new double[] {start[1]});

        assertTrue(bounded.converged(), bounded.toString());
        assertTrue(fixed.converged(), fixed.toString());
        assertTrue(bounded.optimization().startProjected());
        assertArrayEquals(new int[] {0}, bounded.parametersAtBounds());
        assertArrayEquals(new int[] {0}, bounded.optimization().activeSet());
        assertEquals(CAP, bounded.parameters()[0], 0.0);
        // KKT at the upper bound: the gradient of ½‖r‖² pushes b1 up, against the bound
        assertTrue(bounded.optimization().gradient()[0] < 0, bounded.toString());
        assertEquals(fixed.parameters()[0], bounded.parameters()[1],
                1e-7 * fixed.parameters()[0], bounded.toString());
        assertEquals(fixed.residualSumOfSquares(), bounded.residualSumOfSquares(),
                1e-10 * fixed.residualSumOfSquares());
        assertTrue(bounded.residualSumOfSquares() > MISRA1A.certifiedResidualSumOfSquares());
        assertEquals(fixed.degreesOfFreedom(), bounded.degreesOfFreedom());

        double[] se = bounded.standardErrors();
        assertTrue(Double.isNaN(se[0]), "b1 is held at its bound: no standard error");
        assertEquals(fixed.standardErrors()[0], se[1], 1e-6 * se[1]);
        assertTrue(Double.isNaN(bounded.covariance().get(0, 1)));
        String summary = bounded.summary("b1", "b2");
        assertTrue(summary.contains("at bound"), summary);
        assertTrue(summary.contains("At a bound: b1"), summary);
    }

    @Test
    void aBoundThatDoesNotBindGivesTheCertifiedEstimates() {
        Bounds loose = Bounds.of(new double[] {0, 0}, new double[] {1000, 1});
        for (int start = 1; start <= 2; start++) {
            FitResult fit = LeastSquares.fit(misra1a(), MISRA1A.start(start), loose);
            assertTrue(fit.converged(), fit.toString());
            assertEquals(0, fit.parametersAtBounds().length);
            for (int j = 0; j < 2; j++) {
                assertEquals(MISRA1A.certified()[j], fit.parameters()[j],
                        1e-6 * Math.abs(MISRA1A.certified()[j]), fit.toString());
                assertEquals(MISRA1A.certifiedStandardErrors()[j], fit.standardErrors()[j],
                        1e-3 * MISRA1A.certifiedStandardErrors()[j], fit.toString());
            }
            assertEquals(MISRA1A.certifiedResidualSumOfSquares(), fit.residualSumOfSquares(),
                    1e-9 * MISRA1A.certifiedResidualSumOfSquares());
        }
    }

    @Test
    void boundsOfTheWrongLengthAreRefusedNamingTheArgument() {
        Bounds three = Bounds.of(new double[3], new double[] {1, 1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LeastSquares.fit(misra1a(), MISRA1A.start(1), three));
        assertTrue(e.getMessage().contains("bounds has dimension 3 but the problem has 2"
                + " parameters"), e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> FitOptions.defaults().withBounds(null));
        assertTrue(none.getMessage().contains("bounds"), none.getMessage());
    }
}
