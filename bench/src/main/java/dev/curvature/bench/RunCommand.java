package dev.curvature.bench;

import dev.curvature.api.IterationListener;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.problems.Solved;
import dev.curvature.problems.TestProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code curvature run}: one method on one problem, with an optional iteration trace and an
 * optional convergence plot ({@link ConvergenceTrace}, {@link Charts#convergence}).
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one method on one test problem and print the result.")
final class RunCommand implements Callable<Integer> {

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

    @Option(names = "--trace", description = "Log every iteration and refused trust-region trial:"
            + " direction kind, slope gᵀp, α₀ and α, line-search evaluations, Δ, ρ, CG iterations.")
    boolean trace;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg|DIR",
            description = "Write a convergence plot: f − f* (f − f_final when f* is unknown) and ‖∇f‖∞"
                    + " against the iteration, log scale. Given a directory, the file is named"
                    + " convergence-METHOD-PROBLEM-nN-xSTART.png.")
    Path plot;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optimizer optimizer = Selection.method(method, "--method");
        TestProblem p = Selection.problem(problem, n, optimizer.name(), spec.commandLine().getErr());
        Options.startScale(startScale, "--start");
        optimizer = optimizer.withCriteria(
                Options.criteria(optimizer.criteria(), maxIterations, null, gradientTolerance));
        Path plotFile = plot == null ? null : plotFile(plot, optimizer.name(), p, startScale);
        double[] x0 = Options.scaledStart(p, startScale);
        ConvergenceTrace recorded = plotFile == null ? null : new ConvergenceTrace();
        IterationListener listener = recorded == null ? IterationListener.NONE : recorded;
        if (trace) {
            // looked up here, not in a static field: --help and untraced runs start no logging
            Logger traceLog = LoggerFactory.getLogger(CliLogging.TRACE_LOGGER);
            traceLog.info(TraceTable.header());
            IterationListener record = listener;
            listener = info -> {
                record.onIteration(info);
                traceLog.info(TraceTable.line(info));
                return true;
            };
        }
        OptimizationResult r = Options.minimize(optimizer, p, x0, listener);
        boolean solved = Solved.by(p, r, optimizer.criteria().gradientTolerance());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s on %s (n = %d, start ×%s)%n", optimizer.name(), p.name(),
                p.dimension(), Tables.scale(startScale));
        out.println(r);
        if (p.bounds().isPresent()) {
            out.printf("  ‖P(x − ∇f) − x‖∞ = %.3e; active bounds: %d%s%n", r.projectedGradientNorm(),
                    r.activeSet().length, r.startProjected() ? "; started from P(x0)" : "");
        }
        if (p.knownMinimum().isPresent()) {
            out.printf("  f − f* = %.3e; solved: %s%n",
                    r.value() - p.knownMinimum().getAsDouble(), solved ? "yes" : "no");
        }
        if (r.point().length <= 10) {
            out.println("  x = " + Arrays.toString(r.point()));
        }
        if (plotFile != null) {
            boolean known = p.knownMinimum().isPresent();
            String title = String.format(Locale.ROOT, "%s on %s (n = %d, start ×%s): %s, %d iterations",
                    optimizer.name(), p.name(), p.dimension(), Tables.scale(startScale),
                    solved ? "solved" : r.termination().name(), r.iterations());
            Charts.write(Charts.convergence(recorded,
                    known ? p.knownMinimum().getAsDouble() : r.value(), known ? "f*" : "f_final", title),
                    plotFile);
            out.println("wrote " + plotFile);
        }
        out.flush();
        return 0;
    }

    /** The plot file: {@code plot} itself when it names a .png/.svg file, else a file inside it. */
    static Path plotFile(Path plot, String method, TestProblem p, double scale) {
        Path fileName = plot.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || name.endsWith(".svg")) {
            return Options.writableFile(plot, "--plot");
        }
        if (!Files.isDirectory(plot) && name.contains(".")) {
            throw new IllegalArgumentException("--plot: give a .png or .svg file or a directory, got " + plot);
        }
        Options.writableDirectory(plot, "--plot");
        return Options.writableFile(plot.resolve("convergence-" + method + "-" + p.name() + "-n"
                + p.dimension() + "-x" + Tables.scale(scale) + ".png"), "--plot");
    }
}
