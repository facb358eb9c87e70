package dev.curvature.fit.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.geometry.euclidean.twod.Vector2D;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.optim.SimpleVectorValueChecker;
import org.apache.commons.math3.util.FastMath;
import org.junit.jupiter.api.Test;

/**
 * {@link CommonsMathOptimizers#leastSquares()} run through Commons Math's own circle-fitting test
 * (its {@code AbstractLeastSquaresOptimizerAbstractTest.testCircleFitting}, the same builder, data,
 * start and expected values), with only the optimizer replaced; and against Commons Math's own
 * Levenberg–Marquardt on the same problem.
 */
class LeastSquaresAdapterTest {
    /** Commons Math's default absolute tolerance of comparisons in that test. */
    private static final double TOl = 1e-10;

    private final LeastSquaresOptimizer optimizer = CommonsMathOptimizers.leastSquares();

    private static LeastSquaresBuilder base() {
        return new LeastSquaresBuilder()
                .checkerPair(new SimpleVectorValueChecker(1e-6, 1e-6))
                .maxEvaluations(100)
                .maxIterations(100);
    }

    private static LeastSquaresBuilder builder(CircleProblems c) {
        double[] weights = new double[c.getN()];
        Arrays.fill(weights, 1.0);
        return base()
                .model(c.getModelFunction(), c.getModelFunctionJacobian())
                .target(new double[c.getN()])
                .weight(new DiagonalMatrix(weights));
    }

    @Test
    void circleFitting() {
        CircleProblems circle = CircleProblems.fivePoints();
        double[] start = {98.680, 47.345};

        Optimum optimum = optimizer.optimize(builder(circle).start(start).build());

        assertTrue(optimum.getEvaluations() < 10, "evaluations " + optimum.getEvaluations());

        double rms = optimum.getRMS();
        assertEquals(1.768262623567235, FastMath.sqrt(circle.getN()) * rms, TOl);

        Vector2D center = new Vector2D(optimum.getPoint().getEntry(0), optimum.getPoint().getEntry(1));
        assertEquals(69.96016176931406, circle.getRadius(center), 1e-6);
        assertEquals(96.07590211815305, center.getX(), 1e-6);
        assertEquals(48.13516790438953, center.getY(), 1e-6);

        double[][] cov = optimum.getCovariances(1e-14).getData();
        assertEquals(1.839, cov[0][0], 0.001);
        assertEquals(0.731, cov[0][1], 0.001);
        assertEquals(cov[0][1], cov[1][0], 1e-14);
        assertEquals(0.786, cov[1][1], 0.001);

        // add perfect measurements and check formal errors are reduced
        double r = circle.getRadius(center);
        for (double d = 0; d < 2 * FastMath.PI; d += 0.01) {
            circle.addPoint(center.getX() + r * FastMath.cos(d), center.getY() + r * FastMath.sin(d));
        }

        double[] weights = new double[circle.getN()];
        Arrays.fill(weights, 2);

        optimum = optimizer.optimize(
                builder(circle).weight(new DiagonalMatrix(weights)).start(start).build());

        cov = optimum.getCovariances(1e-14).getData();
        assertEquals(0.0016, cov[0][0], 0.001);
        assertEquals(3.2e-7, cov[0][1], 1e-9);
        assertEquals(cov[0][1], cov[1][0], 1e-14);
        assertEquals(0.0016, cov[1][1], 0.001);
    }

    @Test
    void agreesWithCommonsMathsLevenbergMarquardt() {
        CircleProblems circle = CircleProblems.fivePoints();
        double[] start = {98.680, 47.345};
        Optimum ours = optimizer.optimize(builder(circle).start(start).build());
        Optimum theirs = new LevenbergMarquardtOptimizer().optimize(builder(circle).start(start).build());
        for (int i = 0; i < 2; i++) {
            double sigma = theirs.getSigma(1e-14).getEntry(i);
            assertEquals(theirs.getPoint().getEntry(i), ours.getPoint().getEntry(i), 1e-7 * sigma);
            assertEquals(sigma, ours.getSigma(1e-14).getEntry(i), 1e-7 * sigma);
            for (int j = 0; j < 2; j++) {
                double c = theirs.getCovariances(1e-14).getEntry(i, j);
                assertEquals(c, ours.getCovariances(1e-14).getEntry(i, j), 1e-7 * Math.abs(c));
            }
        }
        assertEquals(theirs.getCost(), ours.getCost(), 1e-10 * theirs.getCost());
    }

    @Test
    void countersKeepTheirCommonsMathMeaning() {
        CircleProblems circle = CircleProblems.fivePoints();
        double[] start = {98.680, 47.345};
        assertThrows(TooManyEvaluationsException.class, () -> optimizer.optimize(
                builder(circle).maxEvaluations(2).start(start).build()));
        assertThrows(TooManyIterationsException.class, () -> optimizer.optimize(
                builder(circle).maxIterations(1).start(start).build()));
    }
}
