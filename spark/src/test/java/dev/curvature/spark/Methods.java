package dev.curvature.spark;

import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.spi.IterativeOptimizer;
import dev.curvature.newton.NewtonCg;
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
            return withGradientTolerance(io, gradientTolerance);
        }
        throw new IllegalStateException(name + " is not an IterativeOptimizer; cannot set its tolerance");
    }

    /** {@code o}, stopping at ‖g‖∞ ≤ {@code gradientTolerance}. */
    static IterativeOptimizer withGradientTolerance(IterativeOptimizer o, double gradientTolerance) {
        return o.withCriteria(o.criteria().withGradientTolerance(gradientTolerance));
    }

    /**
     * The registered {@code newton-cg} with both preconditioners (Jacobi and limited-memory)
     * switched off: plain CG even on objectives that provide their Hessian diagonal.
     */
    static IterativeOptimizer unpreconditionedNewtonCg() {
        return newtonCgVariant("newton-cg (no preconditioner)", false, 0);
    }

    /** The registered {@code newton-cg} with the Jacobi preconditioner only (no limited-memory pairs). */
    static IterativeOptimizer jacobiOnlyNewtonCg() {
        return newtonCgVariant("newton-cg (Jacobi only)", true, 0);
    }

    private static IterativeOptimizer newtonCgVariant(String name, boolean jacobi, int pairs) {
        IterativeOptimizer io = (IterativeOptimizer) Optimizers.named("newton-cg");
        NewtonCg cg = ((NewtonCg) io.curvature()).withJacobiPreconditioner(jacobi)
                .withQuasiNewtonPreconditioner(pairs);
        return new IterativeOptimizer(name, cg, io.globalization(), io.criteria());
    }
}
