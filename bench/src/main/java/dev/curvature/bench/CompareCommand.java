package dev.curvature.bench;

import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.problems.TestProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code curvature compare}: every method on every problem from every start multiple. Prints the
 * runs table, a per-method summary and the runs per termination reason; writes {@code results.csv}
 * and Dolan–Moré performance profiles ({@link PerformanceProfile}, one per {@link CostMeasure}, as
 * PNG and SVG) to the output directory. A progress bar runs on standard error.
 *
 * <p>Before the measured runs each method is run once on the first problem instance and the result
 * discarded, so that class loading and the first JIT compilation do not land on one method's first
 * measured run (wall times of small problems are still noisy; prefer the evaluation profiles).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run methods on problems and compare them: table, summary, results.csv and"
                + " performance profiles.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--problems", defaultValue = "mgh",
            description = "mgh, cutest, extended, all (the three sets), or a comma-separated list of"
                    + " names. Default: ${DEFAULT-VALUE}.")
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

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Wall-time limit per run, in seconds.")
    Double timeLimit;

    @Option(names = "--out", defaultValue = "curvature-out", paramLabel = "DIR",
            description = "Output directory: results.csv and performance-profile-{evaluations,"
                    + "fg-evaluations,time}.{png,svg}. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE.md",
            description = "Also write a Markdown report: the command that regenerates it, the summary"
                    + " tables and links to the profile PNGs (relative to the report).")
    Path report;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show a progress bar on standard error (--no-progress hides it). Default: on.")
    boolean progress;

    @Override
    public Integer call() {
        // Every argument is checked before the first run, so a typo costs nothing.
        List<TestProblem> problemList = Selection.problems(problems, n);
        if (problemList.isEmpty()) {
            throw new IllegalArgumentException("--problems: the set '" + problems + "' is empty");
        }
        List<Optimizer> methodList = Selection.methods(methods == null
                ? String.join(",", Optimizers.names()) : methods);
        double[] scales = Options.startScales(starts, "--starts");
        List<Optimizer> configured = new ArrayList<>();
        for (Optimizer m : methodList) {
            configured.add(m.withCriteria(Options.criteria(m.criteria(), maxIterations, timeLimit, null)));
        }
        if (report != null) {
            if (Files.isDirectory(report)) {
                throw new IllegalArgumentException("--report: " + report + " is a directory, not a file");
            }
            Path parent = report.toAbsolutePath().getParent();
            if (parent != null) {
                Options.writableDirectory(parent, "--report");
            }
        }
        Options.writableDirectory(out, "--out");

        List<Row> rows = new ArrayList<>();
        long total = (long) problemList.size() * scales.length * configured.size();
        try (Progress bar = Progress.start("compare", total, spec.commandLine().getErr(), progress)) {
            bar.message("warm-up (untimed) on " + problemList.get(0).name());
            warmUp(configured, problemList.get(0));
            for (TestProblem p : problemList) {
                for (double scale : scales) {
                    double[] x0 = Options.scaledStart(p, scale);
                    for (Optimizer method : configured) {
                        bar.message(method.name() + " on " + p.name() + " ×" + Tables.scale(scale));
                        rows.add(run(method, p, scale, x0));
                        bar.step();
                    }
                }
            }
        }

        List<String> names = methodList.stream().map(Optimizer::name).toList();
        PrintWriter stdout = spec.commandLine().getOut();
        Tables.printRuns(rows, stdout);
        stdout.println();
        Tables.printSummary(rows, methodList, stdout);
        stdout.println();
        Tables.printTerminations(rows, methodList, stdout);
        stdout.println();
        Path csv = out.resolve("results.csv");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(csv))) {
            Tables.writeCsv(rows, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + csv + ": " + e.getMessage(), e);
        }
        stdout.println("wrote " + csv);
        String instances = String.format(Locale.ROOT, "%d problem%s × start%s %s", problemList.size(),
                problemList.size() == 1 ? "" : "s", scales.length == 1 ? "" : "s", startList(scales));
        for (CostMeasure measure : CostMeasure.values()) {
            PerformanceProfile profile = measure.profile(rows, names);
            var chart = Charts.performanceProfile(profile, measure.title(), instances);
            for (String ext : List.of(".png", ".svg")) {
                Path file = out.resolve(measure.fileName() + ext);
                Charts.write(chart, file);
                stdout.println("wrote " + file);
            }
        }
        if (report != null) {
            Report.write(report, commandLine(), instances, rows, methodList, out);
            stdout.println("wrote " + report);
        }
        stdout.flush();
        return 0;
    }

    private static Row run(Optimizer method, TestProblem p, double scale, double[] x0) {
        try {
            OptimizationResult r = method.minimize(p.objective(), x0);
            return Row.of(method.name(), p, scale, r);
        } catch (IllegalArgumentException e) {
            return Row.refused(method.name(), p, scale, e.getMessage());
        }
    }

    /** One discarded run of each method, so that class loading is not timed. */
    private static void warmUp(List<Optimizer> methods, TestProblem first) {
        double[] x0 = first.start();
        for (Optimizer m : methods) {
            try {
                m.minimize(first.objective(), x0);
            } catch (IllegalArgumentException refused) {
                // Refusals are reported by the measured run.
            }
        }
    }

    /** This invocation (the arguments include "compare") as typed with the launcher. */
    private String commandLine() {
        StringBuilder sb = new StringBuilder("bin/curvature");
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            sb.append(' ').append(arg.matches("[A-Za-z0-9_./=,:+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }

    private static String startList(double[] scales) {
        List<String> s = new ArrayList<>();
        for (double v : scales) {
            s.add(Tables.scale(v));
        }
        return String.join(", ", s);
    }
}
