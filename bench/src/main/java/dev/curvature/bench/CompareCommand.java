package dev.curvature.bench;

import dev.curvature.api.IterationListener;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
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
 * runs table, a per-method summary and the runs per termination reason; writes {@code results.csv},
 * the summary and terminations as {@code summary.txt}, and Dolan–Moré performance profiles ({@link PerformanceProfile}, one per {@link CostMeasure}, as
 * PNG and SVG) to the output directory. A progress bar runs on standard error when it is a terminal.
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
            description = "mgh, cutest, extended, all (the three sets), bounded (the"
                    + " bound-constrained set, run with its boxes), or a comma-separated list of"
                    + " names. Default: ${DEFAULT-VALUE}.")
    String problems;

    @Option(names = "--methods", description = "Comma-separated method names. Default: all registered;"
            + " for bound-constrained problems only, " + Selection.BOUNDED_DEFAULT + ".")
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
            description = "Output directory: results.csv, summary.txt (the per-method summary and the"
                    + " terminations) and performance-profile-{evaluations,fg-evaluations,time}.{png,svg}."
                    + " Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--report", paramLabel = "FILE.md",
            description = "Also write a Markdown report: the command that regenerates it, the summary"
                    + " tables and links to the profile PNGs (relative to the report).")
    Path report;

    @Option(names = "--progress", negatable = true,
            description = "Progress bar on standard error. Default: only when standard error is a"
                    + " terminal; --progress forces it, --no-progress hides it.")
    Boolean progress;

    @Override
    public Integer call() {
        // Every argument is checked before the first run, so a typo costs nothing.
        List<Optimizer> methodList = Selection.methods(methods == null
                ? Selection.defaultMethods(problems) : methods);
        List<TestProblem> problemList = Selection.problems(problems, n,
                methodList.stream().map(Optimizer::name).toList(), spec.commandLine().getErr());
        if (problemList.isEmpty()) {
            throw new IllegalArgumentException("--problems: the set '" + problems + "' is empty");
        }
        double[] scales = Options.startScales(starts, "--starts");
        List<Optimizer> configured = new ArrayList<>();
        for (Optimizer m : methodList) {
            configured.add(m.withCriteria(Options.criteria(m.criteria(), maxIterations, timeLimit, null)));
        }
        // Every output path is checked (and probed) before the first run.
        if (report != null) {
            Options.writableFile(report, "--report");
        }
        Options.writableDirectory(out, "--out");
        for (String file : outputFiles()) {
            Options.writableFile(out.resolve(file), "--out");
        }

        List<Row> rows = new ArrayList<>();
        long total = (long) problemList.size() * scales.length * configured.size();
        boolean showProgress = progress != null ? progress : Progress.stderrIsTerminal();
        try (Progress bar = Progress.start("compare", total, spec.commandLine().getErr(), showProgress)) {
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
        Path summary = out.resolve(SUMMARY);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(summary))) {
            w.println("# " + commandLine());
            w.println();
            Tables.printSummary(rows, methodList, w);
            w.println();
            Tables.printTerminations(rows, methodList, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + summary + ": " + e.getMessage(), e);
        }
        stdout.println("wrote " + summary);
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

    /** The per-method summary and termination tables, as printed, in the output directory. */
    static final String SUMMARY = "summary.txt";

    /** The files written into the output directory. */
    private static List<String> outputFiles() {
        List<String> files = new ArrayList<>(List.of("results.csv", SUMMARY));
        for (CostMeasure measure : CostMeasure.values()) {
            files.add(measure.fileName() + ".png");
            files.add(measure.fileName() + ".svg");
        }
        return files;
    }

    /**
     * One run; a method that refuses the problem (an {@link IllegalArgumentException}, e.g. an
     * unconstrained method given a box) gives a "refused" row naming the reason.
     */
    static Row run(Optimizer method, TestProblem p, double scale, double[] x0) {
        try {
            OptimizationResult r = Options.minimize(method, p, x0, IterationListener.NONE);
            return Row.of(method.name(), p, scale, r, method.criteria().gradientTolerance());
        } catch (IllegalArgumentException e) {
            return Row.refused(method.name(), p, scale, e.getMessage());
        }
    }

    /** One discarded run of each method, so that class loading is not timed. */
    private static void warmUp(List<Optimizer> methods, TestProblem first) {
        double[] x0 = first.start();
        for (Optimizer m : methods) {
            try {
                Options.minimize(m, first, x0, IterationListener.NONE);
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
