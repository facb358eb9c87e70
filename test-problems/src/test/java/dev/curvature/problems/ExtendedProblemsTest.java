package dev.curvature.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The extended set: size, disjointness, sources, and the NIST certified values. */
class ExtendedProblemsTest {

    static Stream<TestProblem> nist() {
        return TestProblems.extended().stream().filter(p -> p instanceof Nist);
    }

    @Test
    void extendedIsDisjointFromMghAndCutestAndCitesItsSources() {
        Set<String> old = new HashSet<>();
        TestProblems.mgh().forEach(p -> old.add(p.name()));
        TestProblems.cutest().forEach(p -> old.add(p.name()));
        for (TestProblem p : TestProblems.extended()) {
            assertTrue(!old.contains(p.name()), p.name());
            assertTrue(p.source().startsWith("CUTEst ") || p.source().startsWith("NIST StRD ")
                    || p.source().startsWith("Lukšan, Matonoha & Vlček 20")
                    || p.source().startsWith("Conn, Gould & Toint 1988"),
                    p.name() + ": " + p.source());
        }
    }

    @Test
    void extendedHasAtLeast150ProblemsSomeNearN1000() {
        assertTrue(TestProblems.extended().size() >= 150, "size " + TestProblems.extended().size());
        long large = TestProblems.extended().stream().filter(p -> p.dimension() >= 1000).count();
        assertTrue(large >= 10, "problems at n ≥ 1000: " + large);
    }

    @Test
    void nistHasAllTwentySevenDatasetsFromBothStarts() {
        assertEquals(54, nist().count());
        assertEquals(27, Nist.DATASETS.size());
    }

    /**
     * At NIST's certified parameters f equals half the certified residual sum of squares: checks
     * the transcription of each model and of its data (Lanczos1's certified RSS, 1.4·10⁻²⁵, is
     * rounding noise of its 13-digit data, so it is checked in absolute terms).
     */
    @ParameterizedTest
    @MethodSource("nist")
    void nistValueAtCertifiedParametersIsHalfTheCertifiedResidualSumOfSquares(TestProblem p) {
        double f = p.objective().value(((Nist) p).certified());
        double fStar = p.knownMinimum().orElseThrow();
        double tol = p.name().startsWith("nist-lanczos1-") ? 1e-20 : 1e-8 * fStar;
        assertEquals(fStar, f, tol, p.name());
    }
}
