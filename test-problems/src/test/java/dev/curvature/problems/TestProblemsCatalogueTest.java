package dev.curvature.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue: names, look-up, sizes, documented values and dimension changes. */
class TestProblemsCatalogueTest {

    /** {@link TestProblems#all()} then {@link TestProblems#extended()}. */
    static List<TestProblem> everyProblem() {
        List<TestProblem> every = new java.util.ArrayList<>(TestProblems.all());
        every.addAll(TestProblems.extended());
        return every;
    }

    static Stream<TestProblem> allProblems() {
        return everyProblem().stream();
    }

    static Stream<TestProblem> withKnownMinimizer() {
        return everyProblem().stream().filter(p -> p.knownMinimizer().isPresent());
    }

    @Test
    void mghHasAllThirtyFiveProblemsInPaperOrder() {
        List<String> expected = List.of("rosenbrock", "freudenstein-roth", "powell-badly-scaled",
                "brown-badly-scaled", "beale", "jennrich-sampson", "helical-valley", "bard",
                "gaussian", "meyer", "gulf", "box-3d", "powell-singular", "wood",
                "kowalik-osborne", "brown-dennis", "osborne-1", "biggs-exp6", "osborne-2", "watson",
                "extended-rosenbrock", "extended-powell-singular", "penalty-1", "penalty-2",
                "variably-dimensioned", "trigonometric", "brown-almost-linear",
                "discrete-boundary-value", "discrete-integral-equation", "broyden-tridiagonal",
                "broyden-banded", "linear-full-rank", "linear-rank-1", "linear-rank-1-zero",
                "chebyquad");
        assertEquals(expected, TestProblems.mgh().stream().map(TestProblem::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            String source = TestProblems.mgh().get(i).source();
            assertTrue(source.contains("problem " + (i + 1)), source);
        }
    }

    @Test
    void cutestHasAtLeastTwentyFiveScalableProblems() {
        List<TestProblem> cutest = TestProblems.cutest();
        assertTrue(cutest.size() >= 25, "size " + cutest.size());
        for (String name : List.of("arwhead", "bdqrtic", "broydn7d", "brybnd", "chainwoo",
                "cragglvy", "dixmaana", "dixmaanb", "dixmaanc", "dixmaand", "dqdrtic", "dqrtic",
                "edensch", "engval1", "extrosnb", "fletchcr", "freuroth", "genrose", "liarwhd",
                "nondia", "nondquar", "penalty1", "powellsg", "srosenbr", "tridia", "vardim",
                "woods")) {
            TestProblem p = TestProblems.byName(name);
            assertTrue(cutest.contains(p), name);
            assertTrue(p.scalable(), name);
            assertTrue(p.source().startsWith("CUTEst"), p.source());
        }
    }

    @Test
    void allIsMghThenCutestAndNamesAreUniqueWithExtended() {
        assertEquals(TestProblems.mgh().size() + TestProblems.cutest().size(),
                TestProblems.all().size());
        assertEquals(TestProblems.mgh(), TestProblems.all().subList(0, TestProblems.mgh().size()));
        Set<String> names = new HashSet<>();
        for (TestProblem p : everyProblem()) {
            assertTrue(names.add(p.name()), "duplicate " + p.name());
            assertTrue(p.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), p.name());
        }
    }

    @ParameterizedTest
    @MethodSource("allProblems")
    void byNameFindsEveryProblemIgnoringCase(TestProblem p) {
        assertSame(p, TestProblems.byName(p.name()));
        assertSame(p, TestProblems.byName(p.name().toUpperCase(Locale.ROOT)));
    }

    @Test
    void byNameRejectsUnknownAndNullNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TestProblems.byName("no-such-problem"));
        assertTrue(e.getMessage().contains("no-such-problem"), e.getMessage());
        assertTrue(e.getMessage().contains("rosenbrock"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestProblems.byName(null));
    }

    @ParameterizedTest
    @MethodSource("allProblems")
    void startHasTheProblemDimensionAndIsAFreshCopy(TestProblem p) {
        double[] x0 = p.start();
        assertEquals(p.dimension(), x0.length);
        assertEquals(p.dimension(), p.objective().dimension());
        x0[0] = 12345;
        assertTrue(p.start()[0] != 12345, "start() must return a copy");
        assertTrue(Double.isFinite(p.objective().value(p.start())), p.name());
    }

    @ParameterizedTest
    @MethodSource("allProblems")
    void withDimensionRejectsInvalidSizes(TestProblem p) {
        for (int n : new int[] {0, -1, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> p.withDimension(n), p.name() + " n=" + n);
            assertTrue(e.getMessage().startsWith("n"), e.getMessage());
        }
        assertSame(p, p.withDimension(p.dimension()));
        if (!p.scalable()) {
            assertThrows(IllegalArgumentException.class, () -> p.withDimension(p.dimension() + 1));
        }
    }

    @ParameterizedTest
    @CsvSource({"extended-rosenbrock, 11", "extended-powell-singular, 10", "wood, 6",
        "woods, 102", "chainwoo, 7", "chainwoo, 2", "cragglvy, 9", "broydn7d, 5", "dixmaana, 10",
        "powellsg, 98", "srosenbr, 3", "watson, 32", "watson, 1", "bdqrtic, 4",
        "linear-rank-1-zero, 2", "penalty-2, 1", "nondquar, 2"})
    void withDimensionRejectsSizesTheProblemCannotTake(String name, int n) {
        TestProblem p = TestProblems.byName(name);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.withDimension(n));
        assertTrue(e.getMessage().startsWith("n"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("allProblems")
    void scalableProblemsRebuildAtAnotherSize(TestProblem p) {
        if (!p.scalable()) {
            return;
        }
        TestProblem q = DerivativesMatchFiniteDifferencesTest.otherSize(p);
        assertEquals(p.name(), q.name());
        assertEquals(p.source(), q.source());
        assertEquals(q.dimension(), q.start().length);
        assertEquals(q.dimension(), q.objective().dimension());
        assertTrue(Double.isFinite(q.objective().value(q.start())), q.name());
    }

    /**
     * Values of f(x0) that follow by hand from the paper's definitions (e.g. linear-full-rank,
     * n = 10, m = 20: ten residuals −1 and ten −2, f = 50; variably-dimensioned, n = 10:
     * 3.85 + 38.5² + 38.5⁴).
     */
    @ParameterizedTest
    @CsvSource({"rosenbrock, 24.2", "freudenstein-roth, 400.5", "beale, 14.203125",
        "helical-valley, 2500", "powell-singular, 215", "wood, 19192", "watson, 30",
        "extended-rosenbrock, 121", "extended-powell-singular, 645", "brown-badly-scaled, "
        + "999998000002.999996", "linear-full-rank, 50", "variably-dimensioned, 2198551.1625",
        "woods, 479800"})
    void startValueMatchesTheLiterature(String name, double expected) {
        TestProblem p = TestProblems.byName(name);
        assertEquals(expected, p.objective().value(p.start()), 1e-12 * Math.abs(expected), name);
    }

    @ParameterizedTest
    @MethodSource("withKnownMinimizer")
    void knownMinimizerAttainsKnownMinimumWithZeroGradient(TestProblem p) {
        double[] x = p.knownMinimizer().orElseThrow();
        double fStar = p.knownMinimum().orElseThrow();
        double f = p.objective().value(x);
        assertEquals(fStar, f, 1e-10 * Math.max(1, Math.abs(fStar)), p.name());
        double[] g = new double[x.length];
        p.objective().gradient(x, g);
        for (int j = 0; j < g.length; j++) {
            assertEquals(0, g[j], 1e-7, p.name() + " g[" + j + "]");
        }
        if (p.scalable()) {
            TestProblem q = DerivativesMatchFiniteDifferencesTest.otherSize(p);
            q.knownMinimizer().ifPresent(y -> assertEquals(q.knownMinimum().orElseThrow(),
                    q.objective().value(y), 1e-10 * Math.max(1, q.knownMinimum().getAsDouble()),
                    q.name() + " n=" + q.dimension()));
        }
    }

    /** The paper prints six digits followed by "…", i.e. truncated: paper ≤ f* < paper + 10⁻¹⁰. */
    @ParameterizedTest
    @CsvSource({"10, 7.08765e-5", "4, 2.24997e-5"})
    void penaltyOneMinimumFromTheSymmetricReductionMatchesThePaper(int n, double paper) {
        double computed = TestProblems.byName("penalty-1").withDimension(n).knownMinimum()
                .getAsDouble();
        assertTrue(paper <= computed && computed < paper + 1e-10, "computed " + computed);
    }

    @ParameterizedTest
    @CsvSource({"watson, 6, 2.28767e-3", "watson, 9, 1.39976e-6", "watson, 12, 4.72238e-10",
        "penalty-2, 4, 9.37629e-6", "penalty-2, 10, 2.93660e-4", "chebyquad, 8, 3.51687e-3",
        "chebyquad, 10, 6.50395e-3", "chebyquad, 9, 0", "linear-rank-1, 10, 4.634146341463414",
        "linear-rank-1-zero, 10, 6.135135135135135", "linear-full-rank, 10, 10",
        "freuroth, 10, 1014.1", "bdqrtic, 100, 378.769192", "edensch, 36, 219.284592",
        "cragglvy, 100, 32.270", "engval1, 100, 109.088136", "engval1, 2, 0"})
    void knownMinimumFollowsTheDimension(String name, int n, double fStar) {
        TestProblem p = TestProblems.byName(name).withDimension(n);
        assertEquals(fStar, p.knownMinimum().orElseThrow(), 1e-12 * Math.max(1, fStar));
    }

    @ParameterizedTest
    @CsvSource({"watson, 7", "penalty-2, 5", "chebyquad, 11", "bdqrtic, 101", "edensch, 37"})
    void knownMinimumIsEmptyWhereTheLiteratureGivesNone(String name, int n) {
        assertTrue(TestProblems.byName(name).withDimension(n).knownMinimum().isEmpty());
    }

    @Test
    void sameFunctionUnderMghAndCutestNames() {
        assertSameFunction("extended-rosenbrock", "srosenbr", 10);
        assertSameFunction("extended-powell-singular", "powellsg", 12);
        assertSameFunction("penalty-1", "penalty1", 10);
        assertSameFunction("variably-dimensioned", "vardim", 10);
        assertSameFunction("broyden-banded", "brybnd", 10);
        assertSameFunction("wood", "woods", 4);
        assertSameFunction("freudenstein-roth", "freuroth", 2);
    }

    private static void assertSameFunction(String a, String b, int n) {
        TestProblem p = TestProblems.byName(a).withDimension(n);
        TestProblem q = TestProblems.byName(b).withDimension(n);
        double[] x = p.start();
        for (int j = 0; j < n; j++) {
            x[j] += 0.1 * (j % 3 - 1);
        }
        assertEquals(p.objective().value(x), q.objective().value(x), 0.0, a + " vs " + b);
        assertEquals(List.of(p.start().length), List.of(q.start().length));
    }

    @Test
    void problemsAreUsableFromManyThreads() throws Exception {
        TestProblem p = TestProblems.byName("dixmaanh");
        double[] x = p.start();
        double expected = p.objective().value(x);
        List<Thread> threads = new java.util.ArrayList<>();
        double[] results = new double[4];
        for (int t = 0; t < results.length; t++) {
            int slot = t;
            Thread thread = new Thread(() -> {
                double[] g = new double[x.length];
                double f = 0;
                for (int k = 0; k < 200; k++) {
                    f = p.objective().valueAndGradient(x, g);
                }
                results[slot] = f;
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (double r : results) {
            assertEquals(expected, r, 0.0);
        }
    }

}
