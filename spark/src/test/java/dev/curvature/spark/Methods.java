package dev.curvature.spark;

import dev.curvature.api.IterativeOptimizer;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import java.util.ArrayList;
import java.util.List;

/** The registered optimizers the Spark tests and benchmark run, with a chosen gradient tolerance. */
final class Methods {
    private Methods() {
    }

    /** damped-newton, newton-cg, and lbfgs when the quasi-Newton module registers it. */
    static List<String> names() {
        List<String> names = new ArrayList<>(List.of("damped-newton", "newton-cg"));
        if (Optimizers.names().contains("lbfgs")) {
            names.add("lbfgs");
        }
        return names;
    }

    /** The registered optimizer {@code name}, stopping at ‖g‖∞ ≤ {@code gradientTolerance}. */
    static Optimizer withGradientTolerance(String name, double gradientTolerance) {
        Optimizer o = Optimizers.named(name);
        if (o instanceof IterativeOptimizer io) {
            return io.withCriteria(io.criteria().withGradientTolerance(gradientTolerance));
        }
        throw new IllegalStateException(name + " is not an IterativeOptimizer; cannot set its tolerance");
    }
}
