package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.curvature.problems.TestProblems;
import org.junit.jupiter.api.Test;

/** The named problem sets of {@code --problems}. */
class SelectionTest {
    private static final java.io.PrintWriter NOTES =
            new java.io.PrintWriter(new java.io.StringWriter());

    @Test
    void namedSetsAreTheCataloguesSets() {
        assertEquals(TestProblems.mgh(), Selection.problems("mgh", null, java.util.List.of(), NOTES));
        assertEquals(TestProblems.cutest(), Selection.problems("cutest", null, java.util.List.of(), NOTES));
        assertEquals(TestProblems.extended(), Selection.problems("extended", null, java.util.List.of(), NOTES));
        java.util.List<dev.curvature.problems.TestProblem> every =
                new java.util.ArrayList<>(TestProblems.all());
        every.addAll(TestProblems.extended());
        assertEquals(every, Selection.problems("all", null, java.util.List.of(), NOTES));
    }

    @Test
    void aSetIsNotOneProblem() {
        assertThrows(IllegalArgumentException.class, () -> Selection.problem("extended", null, "lbfgs", NOTES));
    }
}
