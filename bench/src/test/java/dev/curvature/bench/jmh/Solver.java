package dev.curvature.bench.jmh;

import dev.curvature.problems.TestProblem;

/**
 * An L-BFGS implementation run on a test problem from its start point until ‖∇f‖∞ ≤ tolerance:
 * Curvature's ({@link CurvatureSolver}) and, in the {@code peers} profile, those of other Java
 * libraries ({@code dev.curvature.bench.jmh.peers}). Implementations are stateless.
 */
public interface Solver {

    /** A short name for the table, e.g. {@code "curvature"}. */
    String name();

    /** One run from {@code problem.start()}. */
    Outcome solve(TestProblem problem, double tolerance);
}
