package dev.curvature.bench;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.IterationListener;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.problems.Solved;
import dev.curvature.problems.TestProblem;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code curvature run}: one method on one problem, with an optional iteration trace. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one method on one test problem and print the result.")
final class RunCommand implements Callable<Integer> {
    private static final Logger TRACE = LoggerFactory.getLogger("dev.curvature.trace");

    @Option(names = "--method", required = true, description = "Method name (see `curvature methods`).")
    String method;

    @Option(names = "--problem", required = true, description = "Problem name (see `curvature problems`).")
    String problem;

    @Option(names = "--n", description = "Dimension, for scalable problems.")
    Integer n;

    @Option(names = "--start", defaultValue = "1",
            description = "Multiple of the standard start point (MGH use 1, 10, 100). Default: ${DEFAULT-VALUE}.")
    double startScale;

    @Option(names = "--max-iterations", description = "Iteration limit (default: the method's).")
    Integer maxIterations;

    @Option(names = "--gradient-tolerance", description = "Absolute ‖g‖∞ tolerance (default: the method's).")
    Double gradientTolerance;

    @Option(names = "--trace", description = "Log every iteration.")
    boolean trace;

    @Override
    public Integer call() {
        Optimizer optimizer = Selection.method(method, "--method");
        TestProblem p = Selection.problem(problem, n);
        ConvergenceCriteria criteria = optimizer.criteria();
        if (maxIterations != null) {
            criteria = criteria.withMaxIterations(maxIterations);
        }
        if (gradientTolerance != null) {
            criteria = criteria.withGradientTolerance(gradientTolerance);
        }
        optimizer = optimizer.withCriteria(criteria);
        double[] x0 = p.start();
        for (int i = 0; i < x0.length; i++) {
            x0[i] *= startScale;
        }
        IterationListener listener = IterationListener.NONE;
        if (trace) {
            TRACE.info(String.format("%5s %22s %11s %11s %11s %6s %6s %6s", "iter", "f", "‖g‖∞",
                    "α", "‖Δx‖∞", "#f", "#∇f", "#∇²f"));
            listener = info -> {
                TRACE.info(String.format("%5d %22.15e %11.4e %11.4e %11.4e %6d %6d %6d",
                        info.iteration(), info.value(), info.gradientNorm(), info.stepLength(),
                        info.stepNorm(), info.valueEvaluations(), info.gradientEvaluations(),
                        info.hessianEvaluations()));
                return true;
            };
        }
        OptimizationResult r = optimizer.minimize(p.objective(), x0, listener);
        System.out.printf("%s on %s (n = %d, start ×%s)%n", optimizer.name(), p.name(),
                p.dimension(), startScale);
        System.out.println(r);
        if (p.knownMinimum().isPresent()) {
            System.out.printf("  f − f* = %.3e; solved: %s%n",
                    r.value() - p.knownMinimum().getAsDouble(), Solved.by(p, r) ? "yes" : "no");
        }
        if (r.point().length <= 10) {
            System.out.println("  x = " + Arrays.toString(r.point()));
        }
        return 0;
    }
}
