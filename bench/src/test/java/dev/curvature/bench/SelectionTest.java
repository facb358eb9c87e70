package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.curvature.problems.TestProblems;
import org.junit.jupiter.api.Test;

/** The named problem sets of {@code --problems}. */
class SelectionTest {

    @Test
    void namedSetsAreTheCataloguesSets() {
        assertEquals(TestProblems.mgh(), Selection.problems("mgh", null));
        assertEquals(TestProblems.cutest(), Selection.problems("cutest", null));
        assertEquals(TestProblems.extended(), Selection.problems("extended", null));
        java.util.List<dev.curvature.problems.TestProblem> every =
                new java.util.ArrayList<>(TestProblems.all());
        every.addAll(TestProblems.extended());
        assertEquals(every, Selection.problems("all", null));
    }

    @Test
    void aSetIsNotOneProblem() {
        assertThrows(IllegalArgumentException.class, () -> Selection.problem("extended", null));
    }
}
