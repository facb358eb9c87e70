package dev.curvature.bench;

import dev.curvature.api.ConvergenceCriteria;
import dev.curvature.api.IterationListener;
import dev.curvature.api.OptimizationResult;
import dev.curvature.api.Optimizer;
import dev.curvature.api.spi.Checks;
import dev.curvature.problems.TestProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Checks and conversions of command-line values shared by the subcommands. Every failure is an
 * {@link IllegalArgumentException} whose message starts with the option's name, which
 * {@link CurvatureCli} prints as one line and turns into exit status 2.
 */
final class Options {
    private Options() {
    }

    /**
     * {@code base} with the limits given on the command line (null = keep the method's).
     *
     * @param timeLimitSeconds wall-time limit per run in seconds, finite and positive
     */
    static ConvergenceCriteria criteria(ConvergenceCriteria base, Integer maxIterations,
            Double timeLimitSeconds, Double gradientTolerance) {
        ConvergenceCriteria c = base;
        if (maxIterations != null) {
            c = c.withMaxIterations(Checks.nonNegative(maxIterations, "--max-iterations"));
        }
        if (timeLimitSeconds != null) {
            double seconds = Checks.positive(timeLimitSeconds, "--time-limit");
            c = c.withTimeLimit(Duration.ofNanos(Math.max(1, (long) (seconds * 1e9))));
        }
        if (gradientTolerance != null) {
            c = c.withGradientTolerance(Checks.nonNegative(gradientTolerance, "--gradient-tolerance"));
        }
        return c;
    }

    /**
     * {@code method} on {@code p} from x0: {@code minimize(f, x0, bounds, listener)} for a
     * bound-constrained problem (a method that cannot honour the bounds throws the
     * {@link IllegalArgumentException} naming it), else {@code minimize(f, x0, listener)}.
     */
    static OptimizationResult minimize(Optimizer method, TestProblem p, double[] x0,
            IterationListener listener) {
        return p.bounds().isPresent()
                ? method.minimize(p.objective(), x0, p.bounds().get(), listener)
                : method.minimize(p.objective(), x0, listener);
    }

    /** A multiple of the start point: finite and non-zero. */
    static double startScale(double scale, String option) {
        if (!(Double.isFinite(scale) && scale != 0)) {
            throw new IllegalArgumentException(option + ": must be finite and non-zero, was " + scale);
        }
        return scale;
    }

    /** The problem's start point times {@code scale} (a fresh array). */
    static double[] scaledStart(TestProblem p, double scale) {
        double[] x0 = p.start();
        for (int i = 0; i < x0.length; i++) {
            x0[i] *= scale;
        }
        return x0;
    }

    /** A comma-separated list of distinct start multiples, each finite and non-zero. */
    static double[] startScales(String list, String option) {
        String[] parts = list.split(",", -1);
        double[] scales = new double[parts.length];
        Set<Double> seen = new HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            try {
                scales[i] = Double.parseDouble(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": not a number: '" + part + "'");
            }
            startScale(scales[i], option);
            if (!seen.add(scales[i])) {
                throw new IllegalArgumentException(option + ": " + part + " is given twice");
            }
        }
        return scales;
    }

    /**
     * Checks, before any work, that {@code file} can be written: not a directory, its directory
     * created and writable, and the file itself opened for writing once (a file that did not exist
     * is removed again).
     */
    static Path writableFile(Path file, String option) {
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + ": " + file + " is a directory, not a file");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            writableDirectory(parent, option);
        }
        boolean existed = Files.exists(file);
        try (var probe = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            probe.flush();
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException(option + ": cannot write " + file + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + ")");
        }
        if (!existed) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // an empty file left behind is harmless; it is overwritten at the end
            }
        }
        return file;
    }

    /** Creates {@code dir} (and its parents) and checks that it is a writable directory. */
    static Path writableDirectory(Path dir, String option) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new IllegalArgumentException(option + ": cannot create directory " + dir + " ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + ")");
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new IllegalArgumentException(option + ": directory " + dir + " is not writable");
        }
        return dir;
    }
}
