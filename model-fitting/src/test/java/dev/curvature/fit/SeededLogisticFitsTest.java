package dev.curvature.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Good fits end converged (issue 18): 100 seeded logistic regressions of 10⁵ rows, where the
 * decrease the last iterate promises can fall below the rounding noise of a sum of 10⁵ terms
 * (far above 10ε|f|), all end with {@code converged()}. The driver judges that precision limit
 * against {@link GeneralizedLinearModel#valueNoise} (ε·Σ|terms|), not 10ε|f|.
 */
class SeededLogisticFitsTest {

    @Test
    void oneHundredSeededFitsOfOneHundredThousandRowsAllConverge() {
        int rows = 100_000;
        int p = 4;
        int failures = 0;
        StringBuilder failed = new StringBuilder();
        for (int seed = 0; seed < 100; seed++) {
            Random random = new Random(seed);
            DMatrixRMaj x = new DMatrixRMaj(rows, p);
            double[] y = new double[rows];
            double[] beta = {0.5, -1, 0.25, 2};
            for (int i = 0; i < rows; i++) {
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    double v = j == 0 ? 1 : random.nextGaussian() * (1 + j);
                    x.set(i, j, v);
                    eta += v * beta[j];
                }
                y[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            }
            LikelihoodFit fit = MaximumLikelihood.fit(LogisticRegression.of(x, y), new double[p]);
            if (!fit.optimization().converged()) {
                failures++;
                failed.append("\n  seed ").append(seed).append(": ")
                        .append(fit.optimization().message());
            }
        }
        assertTrue(failures == 0, failures + " of 100 fits did not converge:" + failed);
    }
}
