package dev.curvature.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The shipped test problems, each at its literature dimension and start point. Problems are
 * immutable and thread-safe; {@link TestProblem#withDimension} builds the scalable ones at other
 * sizes.
 *
 * <p>{@link #mgh()} is the full set of Moré, Garbow &amp; Hillstrom (1981), "Testing unconstrained
 * optimization software", ACM TOMS 7:17–41, in the paper's order. {@link #cutest()} is a set of
 * scalable problems from the CUTEst collection (Gould, Orban &amp; Toint, SIF files by Ph. Toint,
 * N. Gould and others), each with O(n) Hessian-vector products.
 *
 * <p>{@link TestProblem#knownMinimum()} holds the value as the source prints it: the MGH paper's
 * "f = 8.21487…·10⁻³" is stored as 8.21487e-3 (truncated, so the true minimum may exceed it by
 * one unit in the last printed digit), SIF values likewise; values known exactly (0, m − n, …) or
 * computed here are documented on each problem. Where a problem has several local minima the
 * Javadoc of the problem says which value is reported.
 */
public final class TestProblems {
    private static final String MGH = "Moré, Garbow & Hillstrom (1981), problem ";
    private static final int CUTEST_N = 100;

    private static final List<TestProblem> MGH_PROBLEMS = List.of(
            new Rosenbrock("rosenbrock", 2, MGH + "1"),
            new FreudensteinRoth("freudenstein-roth", 2, MGH + "2"),
            new PowellBadlyScaled(),
            new BrownBadlyScaled(),
            new Beale(),
            new JennrichSampson(),
            new HelicalValley(),
            new Bard(),
            new Gaussian(),
            new Meyer(),
            new Gulf(),
            new Box3d(),
            new PowellSingular("powell-singular", 4, MGH + "13"),
            new Wood("wood", 4, MGH + "14"),
            new KowalikOsborne(),
            new BrownDennis(),
            new Osborne1(),
            new BiggsExp6(),
            new Osborne2(),
            new Watson(6),
            new Rosenbrock("extended-rosenbrock", 10, MGH + "21 (extended Rosenbrock)"),
            new PowellSingular("extended-powell-singular", 12,
                    MGH + "22 (extended Powell singular)"),
            new PenaltyOne("penalty-1", 10, MGH + "23"),
            new PenaltyTwo(10),
            new VariablyDimensioned("variably-dimensioned", 10, MGH + "25"),
            new Trigonometric(10),
            new BrownAlmostLinear(10),
            new DiscreteBoundaryValue(10),
            new DiscreteIntegralEquation(10),
            new BroydenTridiagonal(10),
            new BroydenBanded("broyden-banded", 10, MGH + "31"),
            new LinearFullRank(10),
            new LinearRank1(10),
            new LinearRank1Zero(10),
            new Chebyquad(8));

    private static final List<TestProblem> CUTEST_PROBLEMS = cutestProblems();

    private static final List<TestProblem> EXTENDED_PROBLEMS = extendedProblems();

    private static final List<TestProblem> BOUNDED_PROBLEMS = BoundedSet.problems();

    private static final List<TestProblem> ALL_PROBLEMS;

    /** Every problem, for {@link #byName}: all(), extended(), then bounded(). */
    private static final List<TestProblem> NAMED;

    static {
        List<TestProblem> all = new ArrayList<>(MGH_PROBLEMS);
        all.addAll(CUTEST_PROBLEMS);
        ALL_PROBLEMS = Collections.unmodifiableList(all);
        List<TestProblem> named = new ArrayList<>(all);
        named.addAll(EXTENDED_PROBLEMS);
        named.addAll(BOUNDED_PROBLEMS);
        NAMED = Collections.unmodifiableList(named);
    }

    private TestProblems() {
    }

    private static List<TestProblem> cutestProblems() {
        List<TestProblem> list = new ArrayList<>();
        list.add(new Arwhead(CUTEST_N));
        list.add(new Bdqrtic(CUTEST_N));
        list.add(new Broydn7d(CUTEST_N));
        list.add(new BroydenBanded("brybnd", CUTEST_N,
                "CUTEst BRYBND (" + MGH + "31)"));
        list.add(new ChainedWood(CUTEST_N));
        list.add(new Cragglvy(CUTEST_N));
        for (char v = 'A'; v <= 'L'; v++) {
            list.add(new Dixmaan(v, 90));
        }
        list.add(new Dqdrtic(CUTEST_N));
        list.add(new Dqrtic(CUTEST_N));
        list.add(new Edensch(36));
        list.add(new Engval1(CUTEST_N));
        list.add(new Extrosnb(CUTEST_N));
        list.add(new Fletchcr(CUTEST_N));
        list.add(new FreudensteinRoth("freuroth", CUTEST_N,
                "CUTEst FREUROTH (chained " + MGH + "2)"));
        list.add(new Genrose(CUTEST_N));
        list.add(new Liarwhd(CUTEST_N));
        list.add(new Nondia(CUTEST_N));
        list.add(new Nondquar(CUTEST_N));
        list.add(new PenaltyOne("penalty1", CUTEST_N, "CUTEst PENALTY1 (" + MGH + "23)"));
        list.add(new PowellSingular("powellsg", CUTEST_N, "CUTEst POWELLSG (" + MGH + "22)"));
        list.add(new Rosenbrock("srosenbr", CUTEST_N, "CUTEst SROSENBR (" + MGH + "21)"));
        list.add(new Tridia(CUTEST_N));
        list.add(new VariablyDimensioned("vardim", CUTEST_N, "CUTEst VARDIM (" + MGH + "25)"));
        list.add(new Wood("woods", CUTEST_N, "CUTEst WOODS (" + MGH + "14, extended)"));
        return List.copyOf(list);
    }

    private static List<TestProblem> extendedProblems() {
        List<TestProblem> list = new ArrayList<>();
        list.addAll(ExtendedCutest.problems());
        for (String dataset : Nist.DATASETS) {
            list.addAll(Nist.of(dataset));
        }
        return List.copyOf(list);
    }

    /**
     * All 35 Moré–Garbow–Hillstrom problems in the paper's order, at the paper's dimensions
     * (scalable ones at n = 10, except Watson n = 6, extended Powell n = 12, Chebyquad n = 8).
     */
    public static List<TestProblem> mgh() {
        return MGH_PROBLEMS;
    }

    /**
     * The CUTEst-style scalable problems in alphabetical order: ARWHEAD, BDQRTIC, BROYDN7D,
     * BRYBND, CHAINWOO, CRAGGLVY, DIXMAANA–DIXMAANL, DQDRTIC, DQRTIC, EDENSCH, ENGVAL1, EXTROSNB,
     * FLETCHCR, FREUROTH, GENROSE, LIARWHD, NONDIA, NONDQUAR, PENALTY1, POWELLSG, SROSENBR, TRIDIA,
     * VARDIM, WOODS (names in lower case). Default n = 100 (DIXMAAN n = 90, EDENSCH n = 36), smaller
     * than the SIF defaults so that dense-Hessian methods stay quick; use
     * {@link TestProblem#withDimension} for the SIF sizes.
     */
    public static List<TestProblem> cutest() {
        return CUTEST_PROBLEMS;
    }

    /**
     * The extended evaluation set, disjoint from {@link #mgh()} and {@link #cutest()}: further
     * CUTEst problems (including the Lukšan–Vlček problems of CUTEst's LUKSAN*LS family and the
     * Palmer data-fitting problems), the Lukšan–Matonoha–Vlček sparse test problems, 16 of them
     * at n ≈ 1000 (see docs/extended-set.md for the list, sizes and sources), then the 27 NIST
     * StRD nonlinear regression datasets as least-squares
     * objectives f = ½Σr², each from NIST's start 1 and start 2 (names {@code nist-<dataset>-1}
     * and {@code -2}). Every problem has exact gradient and Hessian.
     *
     * <p>The set is kept apart from {@link #all()}: all() is the 70-problem set the defaults were
     * tuned on and that the other modules' tests sweep (with dense factorizations, which would
     * take minutes at the n = 1000 sizes here); the command line's {@code --problems all} runs
     * both.
     */
    public static List<TestProblem> extended() {
        return EXTENDED_PROBLEMS;
    }

    /**
     * The bound-constrained set: {@link TestProblem#bounds()} is present on every member, and
     * {@link TestProblem#knownMinimum()} (and {@link TestProblem#knownMinimizer()} where given)
     * is the published minimum over the box. It holds the Hock–Schittkowski problems with bounds
     * only (HS1–HS5, HS3MOD, HS25, HS38, HS45, HS110; Hock &amp; Schittkowski 1981, "Test
     * Examples for Nonlinear Programming Codes") and bound-constrained CUTEst problems (PALMER1–3,
     * PALMER1B, PALMER3B, HATFLDB, HATFLDC, BDEXP, NONSCOMP, HART6, KOEBHELB, BRANIN, LOGROS,
     * QINGB, TRIGON1B, PRICE4B, BOX2, BIGGS3, BIGGS5, LEVYMONT5, LEVYMONT7, LEVYMONT, DEVGLA1B,
     * CAMEL6, EGGCRATEB),
     * names in lower case; the scalable ones (BDEXP, NONSCOMP, QINGB, TRIGON1B, LEVYMONT) keep
     * their box under {@link TestProblem#withDimension}. Every problem has exact gradient and
     * Hessian; docs/bounded-set.md lists n, f* and the source of each. Disjoint from the other
     * sets; an unconstrained method refuses these problems
     * ({@code Optimizer.minimize(f, x0, bounds)}).
     */
    public static List<TestProblem> bounded() {
        return BOUNDED_PROBLEMS;
    }

    /**
     * The core set: {@link #mgh()} then {@link #cutest()}. The larger evaluation set
     * {@link #extended()} is separate; {@link #byName} finds problems of both.
     */
    public static List<TestProblem> all() {
        return ALL_PROBLEMS;
    }

    /**
     * The problem called {@code name} (case-insensitive), in {@link #all()}, {@link #extended()}
     * or {@link #bounded()}.
     *
     * @throws IllegalArgumentException naming the known problems when there is none of that name
     */
    public static TestProblem byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        String key = name.toLowerCase(Locale.ROOT);
        for (TestProblem p : NAMED) {
            if (p.name().equals(key)) {
                return p;
            }
        }
        List<String> names = new ArrayList<>();
        for (TestProblem p : NAMED) {
            names.add(p.name());
        }
        throw new IllegalArgumentException(
                "name: no test problem called '" + name + "'; known: " + String.join(", ", names));
    }
}
