package dev.curvature.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The shipped test problems, each at its literature dimension and start point.
 */
public final class TestProblems {
    private TestProblems() {
    }

    /** The Moré–Garbow–Hillstrom problems shipped so far, in the paper's order. */
    public static List<TestProblem> mgh() {
        return List.of(
                new Rosenbrock("rosenbrock", 2),
                new FreudensteinRoth(),
                new Beale(),
                new PowellSingular("powell-singular", 4),
                new Wood(),
                new Rosenbrock("extended-rosenbrock", 10),
                new PowellSingular("extended-powell-singular", 12));
    }

    /** The CUTEst-style scalable problems shipped so far. */
    public static List<TestProblem> cutest() {
        return List.of();
    }

    /** Every shipped problem: {@link #mgh()} then {@link #cutest()}. */
    public static List<TestProblem> all() {
        List<TestProblem> all = new ArrayList<>(mgh());
        all.addAll(cutest());
        return Collections.unmodifiableList(all);
    }

    /**
     * The problem called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known problems when there is none of that name
     */
    public static TestProblem byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        String key = name.toLowerCase(Locale.ROOT);
        for (TestProblem p : all()) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        List<String> names = new ArrayList<>();
        for (TestProblem p : all()) {
            names.add(p.name());
        }
        throw new IllegalArgumentException(
                "name: no test problem called '" + name + "'; known: " + String.join(", ", names));
    }
}
