package dev.curvature.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.curvature.fit.LikelihoodFit;
import dev.curvature.fit.LogisticRegression;
import dev.curvature.fit.MaximumLikelihood;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Standard errors from the model-fitting module work on the distributed objective: with SUM
 * scaling and no penalty it is the plain negative log-likelihood, so MaximumLikelihood's inverse
 * Hessian gives the coefficients' standard errors, equal to the single-machine ones.
 */
class StandardErrorsTest {

    @Test
    void logisticStandardErrorsMatchTheSingleMachineFit() {
        int p = 5;
        List<LabeledRow> data = SyntheticData.generate(GlmLoss.LOGISTIC, 1200, p, false, 77);
        DistributedObjective distributed = DistributedObjective.builder(
                LocalSpark.context().parallelize(data, 4).cache(), p, GlmLoss.LOGISTIC)
                .scaling(Scaling.SUM).build();
        LikelihoodFit onSpark = MaximumLikelihood.fit(distributed, new double[p]);

        DMatrixRMaj design = new DMatrixRMaj(data.size(), p);
        double[] outcomes = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.get(i).features();
            for (int j = 0; j < p; j++) {
                design.set(i, j, x[j]);
            }
            outcomes[i] = data.get(i).label();
        }
        LikelihoodFit single = MaximumLikelihood.fit(LogisticRegression.of(design, outcomes), new double[p]);

        assertTrue(onSpark.converged(), onSpark.optimization().message());
        assertTrue(single.converged(), single.optimization().message());
        for (int j = 0; j < p; j++) {
            assertEquals(single.parameters()[j], onSpark.parameters()[j], 1e-8, "coefficient " + j);
            double se = single.standardErrors()[j];
            assertTrue(se > 0);
            assertEquals(se, onSpark.standardErrors()[j], 1e-8 * se, "standard error " + j);
        }

        // The default MEAN scaling declares its 1/N, so its standard errors are the same
        // (they used to come out √N too large).
        DistributedObjective mean = DistributedObjective.builder(
                LocalSpark.context().parallelize(data, 4).cache(), p, GlmLoss.LOGISTIC).build();
        assertEquals(Scaling.MEAN, mean.scaling());
        LikelihoodFit onSparkMean = MaximumLikelihood.fit(mean, new double[p]);
        assertTrue(onSparkMean.converged(), onSparkMean.optimization().message());
        for (int j = 0; j < p; j++) {
            double se = single.standardErrors()[j];
            assertEquals(single.parameters()[j], onSparkMean.parameters()[j], 1e-6 * se,
                    "MEAN coefficient " + j);
            assertEquals(se, onSparkMean.standardErrors()[j], 1e-8 * se, "MEAN standard error " + j);
        }
    }
}
