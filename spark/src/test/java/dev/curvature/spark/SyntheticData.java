package dev.curvature.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible GLM data sets for the tests: correlated, differently scaled features and labels
 * drawn from the model itself at known coefficients.
 */
final class SyntheticData {
    private SyntheticData() {
    }

    /**
     * @param loss which model draws the labels (Bernoulli, Poisson or Gaussian)
     * @param rows number of rows
     * @param p number of features
     * @param weighted whether rows get random weights in [0.5, 2) (else 1)
     * @param seed the random seed
     */
    static List<LabeledRow> generate(GlmLoss loss, int rows, int p, boolean weighted, long seed) {
        Random random = new Random(seed);
        double[] truth = new double[p];
        for (int j = 0; j < p; j++) {
            truth[j] = random.nextGaussian() / Math.sqrt(p);
        }
        double[] featureScale = new double[p];
        for (int j = 0; j < p; j++) {
            featureScale[j] = 0.5 + 1.5 * random.nextDouble();
        }
        List<LabeledRow> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            double shared = random.nextGaussian();
            double[] x = new double[p];
            double eta = 0;
            for (int j = 0; j < p; j++) {
                x[j] = featureScale[j] * (random.nextGaussian() + 0.4 * shared);
                eta += x[j] * truth[j];
            }
            double y = switch (loss) {
                case LOGISTIC -> random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
                case POISSON -> poisson(Math.exp(eta), random);
                case SQUARED_ERROR -> eta + 0.5 * random.nextGaussian();
            };
            double w = weighted ? 0.5 + 1.5 * random.nextDouble() : 1;
            out.add(LabeledRow.weighted(w, y, x));
        }
        return out;
    }

    /** Knuth's multiplication method; fine for the small means used here. */
    private static double poisson(double mean, Random random) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }
}
