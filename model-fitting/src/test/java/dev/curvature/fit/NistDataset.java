package dev.curvature.fit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NIST StRD nonlinear regression dataset read from {@code /nist/<name>.dat} (the NIST file
 * layout: a "b1 = start1 start2 certified sd" table, "Residual Sum of Squares:", then "Data: y x"
 * — or "Data: y x1 x2" for a dataset with two predictors (Nelson) — followed by the observations).
 * Source: https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml
 */
final class NistDataset {
    private static final Pattern PARAMETER = Pattern.compile(
            "\\s*b(\\d+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");

    /** "Data:   y   x" (not the description's "Data:  1 Response (y = …)"). */
    private static final Pattern DATA_HEADER = Pattern.compile("Data:\\s+y\\s");

    final String name;
    final double[] start1;
    final double[] start2;
    final double[] certified;
    final double[] certifiedStandardErrors;
    final double certifiedResidualSumOfSquares;
    /** x[i]: the predictor values of observation i (one, or two for Nelson). */
    final double[][] x;
    /** y[i]: the response of observation i as the file gives it. */
    final double[] y;

    private NistDataset(String name, List<double[]> table, double rss, List<double[]> data) {
        this.name = name;
        int n = table.size();
        start1 = new double[n];
        start2 = new double[n];
        certified = new double[n];
        certifiedStandardErrors = new double[n];
        for (int i = 0; i < n; i++) {
            start1[i] = table.get(i)[0];
            start2[i] = table.get(i)[1];
            certified[i] = table.get(i)[2];
            certifiedStandardErrors[i] = table.get(i)[3];
        }
        certifiedResidualSumOfSquares = rss;
        x = new double[data.size()][];
        y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            double[] row = data.get(i);
            y[i] = row[0];
            x[i] = Arrays.copyOfRange(row, 1, row.length);
        }
    }

    double[] start(int which) {
        return (which == 1 ? start1 : start2).clone();
    }

    static NistDataset load(String name) {
        try (InputStream in = NistDataset.class.getResourceAsStream("/nist/" + name + ".dat")) {
            if (in == null) {
                throw new IllegalArgumentException("no NIST dataset " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            List<double[]> table = new ArrayList<>();
            List<double[]> data = new ArrayList<>();
            double rss = Double.NaN;
            boolean inData = false;
            String line;
            while ((line = reader.readLine()) != null) {
                if (inData) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length >= 2) {
                        double[] row = new double[parts.length];
                        for (int k = 0; k < parts.length; k++) {
                            row[k] = Double.parseDouble(parts[k]);
                        }
                        if (!data.isEmpty() && data.get(0).length != row.length) {
                            throw new IllegalStateException(name + ": ragged data row: " + line);
                        }
                        data.add(row);
                    }
                    continue;
                }
                Matcher matcher = PARAMETER.matcher(line);
                if (matcher.matches()) {
                    if (Integer.parseInt(matcher.group(1)) != table.size() + 1) {
                        throw new IllegalStateException(name + ": parameters out of order: " + line);
                    }
                    table.add(new double[] {Double.parseDouble(matcher.group(2)),
                        Double.parseDouble(matcher.group(3)), Double.parseDouble(matcher.group(4)),
                        Double.parseDouble(matcher.group(5))});
                } else if (line.startsWith("Residual Sum of Squares:")) {
                    String[] parts = line.trim().split("\\s+");
                    rss = Double.parseDouble(parts[parts.length - 1]);
                } else if (DATA_HEADER.matcher(line).lookingAt()) {
                    inData = true;
                }
            }
            return new NistDataset(name, table, rss, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
