package dev.curvature.bench;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.problems.TestProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code curvature compare}: every method on every problem from every start multiple; a table, a
 * per-method summary, and {@code results.csv} in the output directory.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run methods on problems and compare them.")
final class CompareCommand implements Callable<Integer> {

    @Option(names = "--problems", defaultValue = "mgh",
            description = "mgh, cutest, all, or a comma-separated list of names. Default: ${DEFAULT-VALUE}.")
    String problems;

    @Option(names = "--methods", description = "Comma-separated method names. Default: all registered.")
    String methods;

    @Option(names = "--starts", defaultValue = "1",
            description = "Comma-separated multiples of the start point (MGH: 1,10,100). Default: ${DEFAULT-VALUE}.")
    String starts;

    @Option(names = "--n", description = "Dimension for scalable problems.")
    Integer n;

    @Option(names = "--max-iterations", description = "Iteration limit per run (default: each method's).")
    Integer maxIterations;

    @Option(names = "--time-limit", description = "Wall-time limit per run, in seconds.")
    Double timeLimit;

    @Option(names = "--out", defaultValue = "curvature-out",
            description = "Output directory for results.csv. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<TestProblem> problemList = Selection.problems(problems, n);
        List<Optimizer> methodList = Selection.methods(methods == null
                ? String.join(",", dev.curvature.api.Optimizers.names()) : methods);
        double[] scales = parseStarts();
        prepareOutput();
        List<Row> rows = new ArrayList<>();
        for (TestProblem p : problemList) {
            for (double scale : scales) {
                double[] x0 = p.start();
                for (int i = 0; i < x0.length; i++) {
                    x0[i] *= scale;
                }
                for (Optimizer method : methodList) {
                    Optimizer o = method.withCriteria(criteria(method.criteria()));
                    try {
                        OptimizationResult r = o.minimize(p.objective(), x0);
                        rows.add(Row.of(method.name(), p, scale, r));
                    } catch (IllegalArgumentException e) {
                        rows.add(Row.refused(method.name(), p, scale, e.getMessage()));
                    }
                }
            }
        }
        Tables.printRuns(rows, System.out);
        System.out.println();
        Tables.printSummary(rows, methodList, System.out);
        Path csv = out.resolve("results.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv))) {
            Tables.writeCsv(rows, w);
        }
        System.out.println();
        System.out.println("wrote " + csv);
        return 0;
    }

    private ConvergenceCriteria criteria(ConvergenceCriteria base) {
        ConvergenceCriteria c = base;
        if (maxIterations != null) {
            if (maxIterations < 0) {
                throw new IllegalArgumentException("--max-iterations: must be non-negative, was " + maxIterations);
            }
            c = c.withMaxIterations(maxIterations);
        }
        if (timeLimit != null) {
            if (!(timeLimit > 0)) {
                throw new IllegalArgumentException("--time-limit: must be positive, was " + timeLimit);
            }
            c = c.withTimeLimit(Duration.ofNanos((long) (timeLimit * 1e9)));
        }
        return c;
    }

    private double[] parseStarts() {
        String[] parts = starts.split(",");
        double[] scales = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                scales[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--starts: not a number: '" + parts[i].trim() + "'");
            }
            if (!(Double.isFinite(scales[i]) && scales[i] != 0)) {
                throw new IllegalArgumentException("--starts: must be finite and non-zero, was " + parts[i]);
            }
        }
        return scales;
    }

    private void prepareOutput() {
        try {
            Files.createDirectories(out);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException("--out: cannot create directory " + out + ": " + e.getMessage());
        }
        if (!Files.isWritable(out)) {
            throw new IllegalArgumentException("--out: directory " + out + " is not writable");
        }
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.3e", v);
    }
}
