package dev.curvature.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static String style(XYSeries s) {
        BasicStroke stroke = s.getLineStyle();
        return s.getLineColor() + " " + Arrays.toString(stroke.getDashArray());
    }

    /** Twelve methods: twelve colours and twelve distinct (colour, line style) pairs. */
    @Test
    void twelveMethodsGetDistinctColoursAndColourStylePairs() {
        int solvers = 12;
        List<String> names = new ArrayList<>();
        double[][] costs = new double[3][solvers];
        for (int s = 0; s < solvers; s++) {
            names.add("method-" + s);
            for (int p = 0; p < 3; p++) {
                costs[p][s] = 1 + s + p;
            }
        }
        XYChart chart = Charts.performanceProfile(PerformanceProfile.of(names, costs), "evaluations", "3 problems");
        Set<Color> colours = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (XYSeries s : chart.getSeriesMap().values()) {
            colours.add(s.getLineColor());
            pairs.add(style(s));
        }
        assertEquals(12, chart.getSeriesMap().size());
        assertEquals(12, colours.size(), "colours");
        assertEquals(12, pairs.size(), "colour and line-style pairs");
    }

    @Test
    void upTo36SeriesHaveDistinctPairs() {
        Set<String> pairs = new HashSet<>();
        for (int s = 0; s < 36; s++) {
            pairs.add(Charts.color(s) + " " + Arrays.toString(Charts.line(s).getDashArray()));
        }
        assertEquals(36, pairs.size());
        // Newton (0) and DFP (10), both solid blue before: now a different colour and style.
        assertEquals(false, Charts.color(0).equals(Charts.color(10)));
    }
}
