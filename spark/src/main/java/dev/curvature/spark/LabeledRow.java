package dev.curvature.spark;

import java.io.Serializable;

/**
 * One observation: a feature vector x, a label y and a non-negative weight. The distributed
 * objective reads {@code features} in place and never changes it; callers must not change it
 * either once the row is in an RDD.
 *
 * <p>There is no implicit intercept: add a constant feature (a column of ones) to fit one. Its
 * coefficient is then an ordinary coefficient, penalized by the L2 term like every other.
 *
 * @param features x (length = the objective's dimension; checked when the objective is built)
 * @param label y (its valid range depends on the loss, e.g. {0, 1} or [0, 1] for logistic)
 * @param weight the row's weight in the loss (finite, ≥ 0); 1 for an unweighted row
 */
public record LabeledRow(double[] features, double label, double weight) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** An unweighted row (weight 1). */
    public static LabeledRow of(double label, double... features) {
        return new LabeledRow(features, label, 1.0);
    }

    /** A weighted row. */
    public static LabeledRow weighted(double weight, double label, double... features) {
        return new LabeledRow(features, label, weight);
    }
}
