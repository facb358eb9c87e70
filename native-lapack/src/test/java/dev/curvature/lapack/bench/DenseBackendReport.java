package dev.curvature.lapack.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link DenseBackendBenchmark} (JMH command-line options pass through, e.g. {@code -p n=1000}
 * or {@code -i 10}) and writes the comparison as a Markdown table: per operation and n, the median
 * and the minimum over the measurement iterations of each backend's wall time and CPU time per
 * operation, and the native/EJML ratios of the medians. The minimum, the least disturbed
 * iteration, shows how much a shared machine's load moved the median.
 *
 * <p>Usage: {@code java -cp ... DenseBackendReport OUT.md [JMH options]}.
 */
public final class DenseBackendReport {
    private DenseBackendReport() {
    }

    /**
     * @param args the output Markdown file, then JMH options
     */
    public static void main(String[] args) throws RunnerException, IOException,
            org.openjdk.jmh.runner.options.CommandLineOptionException {
        if (args.length < 1) {
            throw new IllegalArgumentException("args: expected OUT.md [JMH options]");
        }
        Path out = Path.of(args[0]);
        CommandLineOptions cli = new CommandLineOptions(Arrays.copyOfRange(args, 1, args.length));
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(DenseBackendBenchmark.class.getSimpleName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        String table = table(results);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(table);
        System.out.println("written to " + out);
    }

    /** Median and minimum over the measurement iterations of wall and CPU ms per operation. */
    static String table(Collection<RunResult> results) {
        // operation → n → backend → {wall median, wall min, cpu median, cpu min}
        Map<String, Map<Integer, Map<String, double[]>>> byOperation = new TreeMap<>();
        String threads = "?";
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String operation = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int n = Integer.parseInt(run.getParams().getParam("n"));
            String backend = run.getParams().getParam("backend");
            threads = run.getParams().getParam("threads");
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    wall.add(iteration.getPrimaryResult().getScore());
                    Map<String, Result> counters = iteration.getSecondaryResults();
                    double calls = counters.get("calls").getScore();
                    cpu.add(counters.get("cpuNanos").getScore() / calls / 1e6);
                }
            }
            double[] w = sorted(wall);
            double[] c = sorted(cpu);
            byOperation.computeIfAbsent(operation, k -> new TreeMap<>())
                    .computeIfAbsent(n, k -> new TreeMap<>())
                    .put(backend, new double[] {median(w), w[0], median(c), c[0]});
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "OpenBLAS threads = %s. Wall: JMH's time per operation; CPU: the "
                + "benchmark thread's CPU time per operation. Each cell: median / min over the measurement "
                + "iterations; ratios are native/EJML of the medians.%n%n", threads));
        md.append("| operation | n | EJML wall ms | OpenBLAS wall ms | wall ratio | EJML CPU ms | OpenBLAS CPU ms | CPU ratio |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var op : byOperation.entrySet()) {
            for (var row : op.getValue().entrySet()) {
                double[] e = row.getValue().get("ejml");
                double[] o = row.getValue().get("openblas");
                md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s |%n",
                        op.getKey(), row.getKey(), pair(e, 0), pair(o, 0), ratio(o, e, 0),
                        pair(e, 2), pair(o, 2), ratio(o, e, 2)));
            }
        }
        return md.toString();
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double median(double[] s) {
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static String pair(double[] v, int k) {
        return v == null ? "–" : String.format(Locale.ROOT, "%s / %s", fmt(v[k]), fmt(v[k + 1]));
    }

    private static String ratio(double[] nat, double[] ejml, int k) {
        return nat == null || ejml == null ? "–" : String.format(Locale.ROOT, "%.3f", nat[k] / ejml[k]);
    }

    private static String fmt(double ms) {
        if (ms >= 100) {
            return String.format(Locale.ROOT, "%.0f", ms);
        }
        if (ms >= 1) {
            return String.format(Locale.ROOT, "%.2f", ms);
        }
        return String.format(Locale.ROOT, "%.4f", ms);
    }
}
