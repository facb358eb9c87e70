package dev.curvature.bench;

import dev.curvature.api.IterationInfo;
import java.util.Locale;

/**
 * The columns of {@code curvature run --trace}: one line per pass of the driver, after Ceres's
 * per-iteration summary. {@code acc} is {@code y} for an accepted step (or the start point) and
 * {@code n} for a refused trust-region trial; {@code kind} says where the step came from; gᵀp,
 * α₀ and α describe a line search, Δ and ρ a trust-region trial; {@code #ls} counts the f/∇f
 * evaluations of the step and {@code cg} the inner conjugate-gradient iterations.
 */
final class TraceTable {
    private TraceTable() {
    }

    /** The header line. */
    static String header() {
        return String.format(Locale.ROOT,
                "%5s %3s %22s %10s %-10s %10s %9s %9s %4s %9s %10s %4s %10s %6s %6s %6s", "iter",
                "acc", "f", "‖g‖∞", "kind", "gᵀp", "α₀", "α", "#ls", "Δ", "ρ", "cg", "‖Δx‖∞", "#f",
                "#∇f", "#∇²f");
    }

    /** The line of one record. */
    static String line(IterationInfo info) {
        boolean moved = info.accepted() && info.iteration() > 0;
        return String.format(Locale.ROOT,
                "%5d %3s %22.15e %10.3e %-10s %10s %9s %9s %4d %9s %10s %4d %10s %6d %6d %6d",
                info.iteration(), info.accepted() ? "y" : "n", info.value(), info.gradientNorm(),
                kind(info), number(info.slope(), "%10.3e"), number(info.initialStepLength(), "%9.2e"),
                moved ? String.format(Locale.ROOT, "%9.2e", info.stepLength()) : "-",
                info.stepEvaluations(), number(info.trustRadius(), "%9.2e"),
                number(info.ratio(), "%10.3e"), info.innerIterations(),
                moved ? String.format(Locale.ROOT, "%10.3e", info.stepNorm()) : "-",
                info.valueEvaluations(), info.gradientEvaluations(), info.hessianEvaluations());
    }

    private static String kind(IterationInfo info) {
        return switch (info.directionKind()) {
            case NONE -> "start";
            case MODEL -> "model";
            case AFTER_RESET -> "reset";
            case NEGATIVE_CURVATURE -> "neg-curv";
            case TRUST_REGION -> "trust";
        };
    }

    private static String number(double v, String format) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v);
    }
}
