package dev.curvature.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the comparison's charts with XChart, off-screen ({@code java.awt.headless=true} is set
 * before any AWT class loads, so no display is needed): performance profiles as step plots on a
 * log₂ τ axis (Dolan &amp; Moré 2002, Fig. 1 style) and convergence plots on a log y axis. Files are
 * PNG or SVG by extension.
 */
final class Charts {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 560;
    /**
     * Tableau 10 (the matplotlib default cycle: distinct hues that survive print and projectors),
     * then black and indigo: twelve distinct colours, one per method of a comparison.
     */
    static final Color[] COLORS = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf), new Color(0x000000), new Color(0x3b3eac)};
    /**
     * Solid, dashed and dotted in turn, so curves that coincide stay visible; with twelve colours
     * and three styles the (colour, style) pairs of twelve methods are all different, and so are
     * those of up to 36.
     */
    static final BasicStroke[] LINES = {
        new BasicStroke(2.2f),
        new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 4f}, 0f),
        new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 4f}, 0f)};

    /** The colour of the s-th series (0-based). */
    static Color color(int s) {
        return COLORS[s % COLORS.length];
    }

    /** The line style of the s-th series: changes every series, and again after all colours. */
    static BasicStroke line(int s) {
        return LINES[(s + s / COLORS.length) % LINES.length];
    }

    private Charts() {
    }

    /**
     * The performance profile as one step curve per solver, x = log₂ τ from 0 to a whole power of
     * two beyond the largest finite ratio, y = ρ_s(τ) ∈ [0, 1]. The legend gives each solver's
     * solved count.
     *
     * @param measure the cost measure in words, e.g. "evaluations (f + ∇f + ∇²f)"
     * @param instances what the problems are, e.g. "7 problems × starts 1, 10, 100"
     */
    static XYChart performanceProfile(PerformanceProfile profile, String measure, String instances) {
        double log2End = Math.max(1, Math.ceil(log2(profile.maxRatio()) + 0.25));
        double tauEnd = Math.pow(2, log2End);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Performance profile: " + measure)
                .xAxisTitle("log₂ τ   (" + instances + ", " + profile.problemCount() + " instances)")
                .yAxisTitle("ρ(τ): fraction solved within factor τ of the best")
                .build();
        style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(log2End);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.0#");
        chart.getStyler().setXAxisDecimalPattern("0.#");
        chart.getStyler().setMarkerSize(0);
        int n = profile.problemCount();
        for (int s = 0; s < profile.solvers().size(); s++) {
            PerformanceProfile.StepCurve curve = profile.curve(s, tauEnd);
            double[] x = Arrays.stream(curve.tau()).map(Charts::log2).toArray();
            int solved = (int) Math.round(profile.solvedFraction(s) * n);
            XYSeries series = chart.addSeries(String.format(Locale.ROOT, "%s (%d/%d solved)",
                    profile.solvers().get(s), solved, n), x, curve.rho());
            series.setMarker(SeriesMarkers.NONE);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setLineColor(color(s));
            series.setLineStyle(line(s));
        }
        return chart;
    }

    /**
     * The convergence of one run: f_k − reference and ‖∇f(x_k)‖∞ against k on a log y axis.
     * Points that a log axis cannot show (≤ 0, or not finite) are left out, and the legend says so.
     *
     * @param reference f* when known, else the run's final value
     * @param referenceName "f*" or "f_final", for the legend
     */
    static XYChart convergence(ConvergenceTrace trace, double reference, String referenceName,
            String title) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("iteration k").yAxisTitle("f − " + referenceName + " and ‖∇f‖∞ (log scale)").build();
        style(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setMarkerSize(trace.size() <= 60 ? 6 : 0);
        int[] k = trace.iterations();
        double[] values = trace.values();
        double[] gap = new double[values.length];
        for (int i = 0; i < gap.length; i++) {
            gap[i] = values[i] - reference;
        }
        addPositive(chart, "f − " + referenceName, k, gap);
        addPositive(chart, "‖∇f‖∞", k, trace.gradientNorms());
        if (chart.getSeriesMap().isEmpty()) {
            // Nothing positive to show on a log axis (e.g. started at the minimizer): say so.
            chart.setTitle(title + " (no positive values to plot)");
            chart.getStyler().setYAxisLogarithmic(false);
            chart.addSeries("f − " + referenceName, new double[] {0}, new double[] {0});
        }
        return chart;
    }

    private static void addPositive(XYChart chart, String name, int[] k, double[] y) {
        double[] xs = new double[y.length];
        double[] ys = new double[y.length];
        int m = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] > 0 && y[i] < Double.POSITIVE_INFINITY) {
                xs[m] = k[i];
                ys[m++] = y[i];
            }
        }
        if (m == 0) {
            return;
        }
        String label = m < y.length ? name + " (" + (y.length - m) + " points ≤ 0 or not finite omitted)" : name;
        XYSeries series = chart.addSeries(label, Arrays.copyOf(xs, m), Arrays.copyOf(ys, m));
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    }

    private static void style(XYChart chart) {
        Styler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setLegendBorderColor(Color.LIGHT_GRAY);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setPlotBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        chart.getStyler().setChartTitleBoxVisible(false);
        chart.getStyler().setSeriesColors(COLORS);
    }

    /**
     * Writes {@code chart} to {@code file} as PNG or SVG, chosen by the extension.
     *
     * @throws IllegalArgumentException when the extension is neither .png nor .svg
     * @throws UncheckedIOException when the file cannot be written
     */
    static void write(XYChart chart, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            throw new IllegalArgumentException("chart file must end in .png or .svg: " + file);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            if (png) {
                BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
            } else {
                VectorGraphicsEncoder.saveVectorGraphic(chart, out,
                        VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
