package dev.curvature.bench;

import dev.curvature.api.IterationInfo;
import dev.curvature.api.IterationListener;
import java.util.Arrays;

/**
 * An {@link IterationListener} that records, per iterate, the iteration number, f(x_k) and
 * ‖∇f(x_k)‖∞ (refused trust-region trials are skipped), for the convergence plot of {@code curvature run --plot}. Copies scalars only (the
 * live arrays of {@link IterationInfo} are never kept); storage grows by doubling. Never stops the
 * run. One trace per run; not thread-safe.
 */
final class ConvergenceTrace implements IterationListener {
    private int size;
    private int[] iterations = new int[64];
    private double[] values = new double[64];
    private double[] gradientNorms = new double[64];

    @Override
    public boolean onIteration(IterationInfo info) {
        if (!info.accepted()) {
            return true; // a refused trust-region trial: the iterate did not move
        }
        if (size == iterations.length) {
            int capacity = 2 * size;
            iterations = Arrays.copyOf(iterations, capacity);
            values = Arrays.copyOf(values, capacity);
            gradientNorms = Arrays.copyOf(gradientNorms, capacity);
        }
        iterations[size] = info.iteration();
        values[size] = info.value();
        gradientNorms[size] = info.gradientNorm();
        size++;
        return true;
    }

    /** The number of iterates recorded. */
    int size() {
        return size;
    }

    /** The iteration numbers k, in order (a copy). */
    int[] iterations() {
        return Arrays.copyOf(iterations, size);
    }

    /** f(x_k) per recorded iterate (a copy). */
    double[] values() {
        return Arrays.copyOf(values, size);
    }

    /** ‖∇f(x_k)‖∞ per recorded iterate (a copy). */
    double[] gradientNorms() {
        return Arrays.copyOf(gradientNorms, size);
    }
}
