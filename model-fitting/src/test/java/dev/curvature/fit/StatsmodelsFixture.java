package dev.curvature.fit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.data.DMatrixRMaj;

/**
 * The statsmodels GLM fixture written once by {@code tools/glm_fixture.py}: the data
 * ({@code glm/logistic.csv}, {@code glm/poisson.csv}) and statsmodels' estimates
 * ({@code glm/statsmodels.json}).
 */
final class StatsmodelsFixture {
    /**
     * One model's data ({@code logistic}, {@code poisson} or {@code ols}): the design (const, x1,
     * x2), the outcomes, and for Poisson the exposure.
     */
    record Data(DMatrixRMaj design, double[] outcomes, double[] exposure) {
    }

    /** statsmodels' results for one model. */
    record Expected(double[] coefficients, double[] standardErrors, double[] statistics,
            double[] pValues, double[] lower, double[] upper, double logLikelihood,
            double deviance) {
    }

    private StatsmodelsFixture() {
    }

    static Data data(String model) {
        List<double[]> rows = new ArrayList<>();
        String[] lines = read("glm/" + model + ".csv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] cells = lines[i].trim().split(",");
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                row[c] = Double.parseDouble(cells[c]);
            }
            rows.add(row);
        }
        int n = rows.size();
        DMatrixRMaj design = new DMatrixRMaj(n, 3);
        double[] y = new double[n];
        double[] exposure = rows.get(0).length == 4 ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            design.set(i, 0, 1);
            design.set(i, 1, r[0]);
            design.set(i, 2, r[1]);
            y[i] = r[r.length - 1];
            if (exposure != null) {
                exposure[i] = r[2];
            }
        }
        return new Data(design, y, exposure);
    }

    static Expected expected(String model) {
        String json = read("glm/statsmodels.json");
        int start = json.indexOf("\"" + model + "\"");
        String block = json.substring(start, json.indexOf('}', start));
        return new Expected(array(block, "coefficients"), array(block, "standardErrors"),
                array(block, "statistics"), array(block, "pValues"), array(block, "lower"),
                array(block, "upper"), number(block, "logLikelihood"), number(block, "deviance"));
    }

    private static double[] array(String block, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*\\[([^\\]]*)\\]").matcher(block);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in the fixture");
        }
        String[] parts = m.group(1).split(",");
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Double.parseDouble(parts[i].trim());
        }
        return values;
    }

    private static double number(String block, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\s*([-+0-9.eE]+)").matcher(block);
        if (!m.find()) {
            throw new IllegalStateException("no " + key + " in the fixture");
        }
        return Double.parseDouble(m.group(1));
    }

    private static String read(String resource) {
        try (InputStream in = StatsmodelsFixture.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
