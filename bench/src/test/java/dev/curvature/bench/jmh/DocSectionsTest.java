package dev.curvature.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocSectionsTest {
    private static final String DOC = "# Title\nprose\n<!-- generated: a -->\nold a\n<!-- end generated: a -->\n"
            + "middle\n<!-- generated: b -->\nold b\nmore old b\n<!-- end generated: b -->\ntail\n";

    @Test
    void replacesOnlyTheNamedSectionKeepingItsMarkers() {
        String once = DocSections.replace(DOC, "b", "| new | table |");
        assertEquals("# Title\nprose\n<!-- generated: a -->\nold a\n<!-- end generated: a -->\n"
                + "middle\n<!-- generated: b -->\n| new | table |\n<!-- end generated: b -->\ntail\n", once);
        assertEquals(once, DocSections.replace(once, "b", "| new | table |\n"), "idempotent");
    }

    @Test
    void aMissingSectionIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DocSections.replace(DOC, "time-to-goal", "x"));
        assertTrue(e.getMessage().startsWith("name:") && e.getMessage().contains("'time-to-goal'"), e.getMessage());
        String swapped = "<!-- end generated: a -->\n<!-- generated: a -->\n";
        assertThrows(IllegalArgumentException.class, () -> DocSections.replace(swapped, "a", "x"));
    }
}
