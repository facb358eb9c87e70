package dev.curvature.fit;

import dev.curvature.problems.NistDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.curvature.fit.commons.CommonsMathOptimizers;
import java.util.Arrays;
import org.apache.commons.math3.analysis.MultivariateMatrixFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer.Optimum;
import org.apache.commons.math3.linear.DiagonalMatrix;
import org.apache.commons.math3.optim.SimpleVectorValueChecker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NIST StRD through Commons Math's {@code LeastSquaresBuilder}, as Commons Math's own
 * {@code doTestStRD} does (its builder: a {@code SimpleVectorValueChecker(1e-6, 1e-6)}, unit
 * weights, the model and its Jacobian as Commons Math functions, the dataset's start), with
 * {@link CommonsMathOptimizers#leastSquares()} as the optimizer: certified parameters, and
 * standard errors σ̂·{@code getSigma} with σ̂ = √(RSS/(m − n)), to 6 significant digits.
 */
class CommonsMathNistTest {

    private static LeastSquaresBuilder builder(NistModel model, NistDataset dataset, int start) {
        int m = dataset.y().length;
        double[] grad = new double[model.parameters];
        MultivariateVectorFunction values = b -> {
            double[] out = new double[m];
            for (int i = 0; i < m; i++) {
                out[i] = model.value(dataset.x()[i], b, grad);
            }
            return out;
        };
        MultivariateMatrixFunction jacobian = b -> {
            double[][] out = new double[m][];
            for (int i = 0; i < m; i++) {
                model.value(dataset.x()[i], b, grad);
                out[i] = grad.clone();
            }
            return out;
        };
        double[] weights = new double[m];
        Arrays.fill(weights, 1.0);
        double[] target = new double[m];
        for (int i = 0; i < m; i++) {
            target[i] = model.response(dataset.y()[i]);
        }
        return new LeastSquaresBuilder()
                .checkerPair(new SimpleVectorValueChecker(1e-6, 1e-6))
                .maxEvaluations(1000)
                .maxIterations(1000)
                .model(values, jacobian)
                .target(target)
                .weight(new DiagonalMatrix(weights))
                .start(dataset.start(start));
    }

    @ParameterizedTest(name = "{0} from start {1}")
    @CsvSource({"MISRA1A, 1", "MISRA1A, 2", "THURBER, 1", "THURBER, 2"})
    void certifiedValuesTo6Digits(NistModel model, int start) {
        NistDataset dataset = NistDataset.load(model.datasetName());
        LeastSquaresOptimizer optimizer = CommonsMathOptimizers.leastSquares();
        Optimum optimum = optimizer.optimize(builder(model, dataset, start).build());

        int m = dataset.y().length;
        int n = model.parameters;
        double rss = optimum.getCost() * optimum.getCost(); // Commons Math's cost is ‖r‖
        assertEquals(dataset.certifiedResidualSumOfSquares(), rss,
                1e-6 * dataset.certifiedResidualSumOfSquares(), "RSS");
        double sigmaHat = Math.sqrt(rss / (m - n));
        for (int i = 0; i < n; i++) {
            double expected = dataset.certified()[i];
            assertEquals(expected, optimum.getPoint().getEntry(i), 1e-6 * Math.abs(expected),
                    dataset.name() + ", param #" + i);
            double se = dataset.certifiedStandardErrors()[i];
            assertEquals(se, sigmaHat * optimum.getSigma(1e-14).getEntry(i), 1e-6 * se,
                    dataset.name() + ", standard error #" + i);
        }
    }
}
