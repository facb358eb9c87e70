package dev.curvature.fit.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.api.Bounds;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.junit.jupiter.api.Test;

/**
 * {@link CommonsMathOptimizers#leastSquares(Bounds)} on Commons Math's circle-fitting problem
 * (five points; unconstrained centre (96.076, 48.135)) with the bound x ≤ 90 that cuts the
 * centre off: x must end on it, and y must be what Commons Math's own Levenberg–Marquardt finds
 * for the one-parameter problem with x fixed at 90.
 */
class BoundedLeastSquaresAdapterTest {
    private static final double CAP = 90;

    /** The circle's residual model with every evaluated point recorded against the box. */
    private static final class Recorded implements MultivariateJacobianFunction {
        private final CircleProblems circle;
        private final Bounds box;
        int evaluations;
        int outside;

        Recorded(CircleProblems circle, Bounds box) {
            this.circle = circle;
            this.box = box;
        }

        @Override
        public Pair<RealVector, RealMatrix> value(RealVector point) {
            double[] p = point.toArray();
            evaluations++;
            if (!box.contains(p)) {
                outside++;
            }
            return new Pair<>(new ArrayRealVector(circle.getModelFunction().value(p)),
                    new Array2DRowRealMatrix(circle.getModelFunctionJacobian().value(p)));
        }
    }

    @Test
    void aBoundOnTheCentreHoldsItThereAndTheOtherCoordinateMatchesCommonsMathWithItFixed() {
        CircleProblems circle = CircleProblems.fivePoints();
        int n = circle.getN();
        Bounds box = Bounds.of(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY},
                new double[] {CAP, Double.POSITIVE_INFINITY});
        Recorded model = new Recorded(circle, box);
        Optimum bounded = CommonsMathOptimizers.leastSquares(box).optimize(new LeastSquaresBuilder()
                .model(model).target(new double[n]).start(new double[] {98.680, 47.345})
                .maxEvaluations(1000).maxIterations(1000).build());

        MultivariateJacobianFunction yOnly = point -> {
            double[] p = {CAP, point.getEntry(0)};
            double[][] j = circle.getModelFunctionJacobian().value(p);
            double[][] column = new double[n][1];
            for (int i = 0; i < n; i++) {
                column[i][0] = j[i][1];
            }
            return new Pair<>(new ArrayRealVector(circle.getModelFunction().value(p)),
                    new Array2DRowRealMatrix(column));
        };
        Optimum fixed = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .model(yOnly).target(new double[n]).start(new double[] {47.345})
                .maxEvaluations(1000).maxIterations(1000).build());

        assertEquals(CAP, bounded.getPoint().getEntry(0), 0.0);
        assertEquals(fixed.getPoint().getEntry(0), bounded.getPoint().getEntry(1), 1e-6);
        assertEquals(fixed.getCost(), bounded.getCost(), 1e-9 * fixed.getCost());
        assertTrue(model.evaluations > 0);
        assertEquals(0, model.outside, "points evaluated outside the box");
    }

    @Test
    void boundsOfAnotherDimensionThanTheProblemAreRefused() {
        CircleProblems circle = CircleProblems.fivePoints();
        Bounds three = Bounds.of(new double[3], new double[] {1, 1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommonsMathOptimizers.leastSquares(three).optimize(new LeastSquaresBuilder()
                        .model(circle.getModelFunction(), circle.getModelFunctionJacobian())
                        .target(new double[circle.getN()]).start(new double[] {98.680, 47.345})
                        .maxEvaluations(100).maxIterations(100).build()));
        assertTrue(e.getMessage().contains("bounds has dimension 3 but the problem has 2"
                + " parameters"), e.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> CommonsMathOptimizers.leastSquares((Bounds) null));
        assertTrue(none.getMessage().contains("bounds"), none.getMessage());
    }
}
