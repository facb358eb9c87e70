package dev.curvature.spark;

import java.io.Serializable;

/**
 * What the construction pass learns about the rows: how many there are, their total weight, and
 * how many are malformed (with the first offending value of each kind, for the error message).
 * Mutable accumulator of a {@code treeAggregate}; one copy per partition.
 */
final class DataSummary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int dimension;
    private final MarginLoss loss;
    long rows;
    double totalWeight;
    /** Σᵢ ωᵢ·xᵢⱼ² per feature j, over the well-formed rows. */
    final double[] weightedSquares;
    long badWidth;
    int firstBadWidth = -1;
    long nonFiniteFeatures;
    long badLabels;
    double firstBadLabel;
    long badWeights;
    double firstBadWeight;

    DataSummary(int dimension, MarginLoss loss) {
        this.dimension = dimension;
        this.loss = loss;
        this.weightedSquares = new double[dimension];
    }

    DataSummary add(LabeledRow row) {
        rows++;
        if (row == null || row.features() == null || row.features().length != dimension) {
            if (badWidth++ == 0) {
                firstBadWidth = row == null || row.features() == null ? -1 : row.features().length;
            }
            return this;
        }
        for (double v : row.features()) {
            if (!Double.isFinite(v)) {
                nonFiniteFeatures++;
                break;
            }
        }
        if (!loss.acceptsLabel(row.label()) && badLabels++ == 0) {
            firstBadLabel = row.label();
        }
        double w = row.weight();
        if (!(w >= 0) || w == Double.POSITIVE_INFINITY) {
            if (badWeights++ == 0) {
                firstBadWeight = w;
            }
        } else {
            totalWeight += w;
            double[] x = row.features();
            for (int j = 0; j < dimension; j++) {
                weightedSquares[j] += w * x[j] * x[j];
            }
        }
        return this;
    }

    DataSummary merge(DataSummary other) {
        if (other.badWidth > 0 && badWidth == 0) {
            firstBadWidth = other.firstBadWidth;
        }
        if (other.badLabels > 0 && badLabels == 0) {
            firstBadLabel = other.firstBadLabel;
        }
        if (other.badWeights > 0 && badWeights == 0) {
            firstBadWeight = other.firstBadWeight;
        }
        rows += other.rows;
        totalWeight += other.totalWeight;
        badWidth += other.badWidth;
        nonFiniteFeatures += other.nonFiniteFeatures;
        badLabels += other.badLabels;
        badWeights += other.badWeights;
        for (int j = 0; j < dimension; j++) {
            weightedSquares[j] += other.weightedSquares[j];
        }
        return this;
    }

    /**
     * @throws IllegalArgumentException naming {@code rows} when the data cannot define the
     *     objective
     */
    void requireValid() {
        if (rows == 0) {
            throw new IllegalArgumentException("rows: the data set is empty (0 rows)");
        }
        if (badWidth > 0) {
            throw new IllegalArgumentException("rows: " + badWidth + " of " + rows
                    + " rows do not have dimension = " + dimension + " features (first: "
                    + (firstBadWidth < 0 ? "null features" : firstBadWidth + " features") + ")");
        }
        if (nonFiniteFeatures > 0) {
            throw new IllegalArgumentException("rows: " + nonFiniteFeatures + " of " + rows
                    + " rows have a NaN or infinite feature");
        }
        if (badLabels > 0) {
            throw new IllegalArgumentException("rows: " + badLabels + " of " + rows
                    + " labels are not valid for the loss " + loss + " (first: " + firstBadLabel + ")");
        }
        if (badWeights > 0) {
            throw new IllegalArgumentException("rows: " + badWeights + " of " + rows
                    + " weights are negative or not finite (first: " + firstBadWeight + ")");
        }
        if (!(totalWeight > 0) || Double.isInfinite(totalWeight)) {
            throw new IllegalArgumentException("rows: the total weight must be finite and positive, was "
                    + totalWeight);
        }
    }
}
