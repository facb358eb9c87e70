package dev.curvature.lapack;

import com.sun.management.OperatingSystemMXBean;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.Optimizers;
import dev.curvature.api.TerminationReason;
import dev.curvature.api.linalg.DenseLinearAlgebra;
import dev.curvature.problems.TestProblem;
import dev.curvature.problems.TestProblems;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.openblas.global.openblas;

/**
 * Concurrent dense Newton (issue 17, item 6), all configurations in one JVM run: the same total
 * work — {@code runs} minimizations by one shared {@link Optimizer} — split over 1, 2, 4 and 16
 * threads, for EJML, for the native backend as shipped (one OpenBLAS thread), for two OpenBLAS
 * threads with serialized calls ({@code curvature.openblas.threads=2}), and for the behaviour
 * before the fix (two OpenBLAS threads, the default on this 2-core machine, calls not serialized).
 * Reports wall time, the CPU time of the calling threads ({@link ThreadMXBean}; OpenBLAS's own
 * worker threads are not Java threads and are not in it) and the process CPU time (which includes
 * them, and also JIT and GC). Not a test; run with
 * <pre>
 *   mvn -B -pl native-lapack -am -Pconcurrency -DskipTests verify \
 *       -Dconcurrency.args="damped-newton brown-almost-linear 300 16 120"
 * </pre>
 * Arguments: method, problem, n, total runs, and a cap in seconds for one configuration: a
 * configuration that reaches it stops starting runs, interrupts the runs in flight (each stops
 * within one iteration) and is reported as "&gt; cap" with the runs it finished. The Markdown table goes to stdout and to {@code target/concurrency.md}.
 */
public final class ConcurrencyReport {
    private static final int[] THREADS = {1, 2, 4, 16};

    private ConcurrencyReport() {
    }

    /** One configuration of the backend. */
    private record Mode(String label, String property, int openBlasThreads, boolean serialized) {
    }

    /** What one (mode, threads) cell measured. */
    private record Cell(double wallSeconds, double threadCpuSeconds, double processCpuSeconds,
            int finished, int total, boolean capped, String outcome) {
    }

    public static void main(String[] args) throws Exception {
        String output = args.length > 0 ? args[0] : "target/concurrency.md";
        String method = args.length > 1 ? args[1] : "damped-newton";
        String problemName = args.length > 2 ? args[2] : "brown-almost-linear";
        int n = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        double capSeconds = args.length > 5 ? Double.parseDouble(args[5]) : 120;
        if (!new OpenBlasBackend().available()) {
            throw new IllegalStateException("OpenBLAS did not load");
        }
        TestProblem problem = TestProblems.byName(problemName).withDimension(n);
        Optimizer optimizer = Optimizers.named(method);
        int cores = Runtime.getRuntime().availableProcessors();
        List<Mode> modes = List.of(
                new Mode("EJML", "ejml", 0, false),
                new Mode("OpenBLAS, 1 thread (new default)", "openblas", 1, false),
                new Mode("OpenBLAS, " + cores + " threads, calls serialized", "openblas", cores, true),
                new Mode("OpenBLAS, " + cores + " threads, not serialized (before)", "openblas", cores, false));
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT,
                "%s on %s, n = %d: %d runs in total, split over the threads; %d cores (availableProcessors),"
                        + " load average before: %.2f%n%n",
                method, problemName, n, runs, cores,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        table.append("| caller threads | backend | wall s | caller-thread CPU s | process CPU s | runs | load average |\n");
        table.append("|---:|---|---:|---:|---:|---:|---:|\n");
        for (Mode mode : modes) {
            configure(mode);
            measure(optimizer, problem, 2, 1, Double.POSITIVE_INFINITY); // warm-up (JIT)
        }
        List<String> outcomes = new ArrayList<>();
        // Thread count outermost, the backends interleaved inside: on a machine shared with other
        // builds the load drifts, and neighbours in time see similar load.
        for (int threads : THREADS) {
            for (Mode mode : modes) {
                configure(mode);
                Cell c = measure(optimizer, problem, runs, threads, capSeconds);
                String wall = c.capped
                        ? String.format(Locale.ROOT, "> %.0f", capSeconds)
                        : String.format(Locale.ROOT, "%.2f", c.wallSeconds);
                String row = String.format(Locale.ROOT, "| %d | %s | %s | %.2f | %.2f | %d of %d | %.1f |%n",
                        threads, mode.label, wall, c.threadCpuSeconds, c.processCpuSeconds,
                        c.finished, c.total, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                System.out.print(row);
                System.out.flush();
                table.append(row);
                outcomes.add(mode.label + ": " + c.outcome);
            }
        }
        table.append("\nEvery run: ").append(outcomes.stream().distinct().toList()).append('\n');
        OpenBlasThreads.set(1);
        table.append(String.format(Locale.ROOT, "load average after: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println();
        System.out.println(table);
        try {
            Files.writeString(Path.of(output), table);
        } catch (IOException e) {
            System.err.println("could not write " + output + ": " + e);
        }
    }

    private static void configure(Mode mode) {
        System.setProperty(DenseLinearAlgebra.PROPERTY, mode.property);
        if (mode.openBlasThreads == 0) {
            return;
        }
        if (mode.serialized || mode.openBlasThreads == 1) {
            OpenBlasThreads.set(mode.openBlasThreads);
        } else {
            // The behaviour before issue 17: OpenBLAS's default thread count, calls not serialized.
            OpenBlasThreads.set(1);
            openblas.blas_set_num_threads(mode.openBlasThreads);
        }
    }

    private static Cell measure(Optimizer optimizer, TestProblem problem, int runs, int threads,
            double capSeconds) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        AtomicLong threadCpu = new AtomicLong();
        AtomicLong deadline = new AtomicLong();
        List<String> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long cpu0 = mx.getCurrentThreadCpuTime();
                while (next.getAndIncrement() < runs && System.nanoTime() < deadline.get()) {
                    OptimizationResult r = optimizer.minimize(problem.objective(), problem.start());
                    if (r.termination() == TerminationReason.INTERRUPTED) {
                        break; // stopped at the cap
                    }
                    outcomes.add(r.termination() + " in " + r.iterations() + " it., f = "
                            + String.format(Locale.ROOT, "%.6g", r.value()));
                    finished.incrementAndGet();
                }
                threadCpu.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
            }, "newton-" + t);
            worker.start();
            workers.add(worker);
        }
        long process0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        deadline.set(Double.isInfinite(capSeconds) ? Long.MAX_VALUE : t0 + (long) (capSeconds * 1e9));
        start.countDown();
        for (Thread w : workers) {
            // At the cap, the runs in flight are interrupted: the optimizers stop within one
            // iteration (one iteration in flight may still take long when OpenBLAS collapses).
            w.join(Math.max(1, (deadline.get() - System.nanoTime()) / 1_000_000));
        }
        workers.forEach(Thread::interrupt);
        for (Thread w : workers) {
            w.join();
        }
        long wall = System.nanoTime() - t0;
        long process = os.getProcessCpuTime() - process0;
        String outcome = outcomes.isEmpty() ? "none finished"
                : outcomes.stream().distinct().count() == 1 ? outcomes.get(0)
                : "differing: " + outcomes.stream().distinct().toList();
        return new Cell(wall / 1e9, threadCpu.get() / 1e9, process / 1e9, finished.get(), runs,
                finished.get() < runs, outcome);
    }
}
