package dev.curvature.problems;

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
 * A NIST StRD nonlinear regression dataset, read from {@code dev/curvature/problems/nist/<name>.dat}
 * (the NIST file layout: a "b1 = start1 start2 certified sd" table, "Residual Sum of Squares:",
 * then "Data: y x" — or "Data: y x1 x2" for a dataset with two predictors (Nelson) — followed by
 * the observations; provenance and checks in that folder's README.md). Source:
 * https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml. The arrays are shared: do not modify.
 *
 * @param name the dataset, e.g. {@code "Misra1a"}
 * @param start1 NIST's "Start 1" (far from the solution)
 * @param start2 NIST's "Start 2" (near it)
 * @param certified the certified parameter values (11 significant digits)
 * @param certifiedStandardErrors their certified standard errors
 * @param certifiedResidualSumOfSquares the certified residual sum of squares
 * @param x x[i]: the predictor values of observation i (one, or two for Nelson)
 * @param y y[i]: the response of observation i as the file gives it
 */
public record NistDataset(String name, double[] start1, double[] start2, double[] certified,
        double[] certifiedStandardErrors, double certifiedResidualSumOfSquares, double[][] x,
        double[] y) {
    private static final Pattern PARAMETER = Pattern.compile(
            "\\s*b(\\d+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");
    /** "Data:   y   x" (not the description's "Data:  1 Response (y = …)"). */
    private static final Pattern DATA_HEADER = Pattern.compile("Data:\\s+y\\s");

    /** NIST's "Start 1" ({@code which} = 1) or "Start 2" (2), a fresh array. */
    public double[] start(int which) {
        return (which == 1 ? start1 : start2).clone();
    }

    /**
     * Reads the dataset {@code name}.
     *
     * @throws IllegalArgumentException when there is no such dataset
     * @throws IllegalStateException when the file is malformed (parameters out of order, ragged
     *     data rows)
     */
    public static NistDataset load(String name) {
        try (InputStream in = NistDataset.class.getResourceAsStream("nist/" + name + ".dat")) {
            if (in == null) {
                throw new IllegalArgumentException("name: no NIST dataset " + name);
            }
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(in, StandardCharsets.US_ASCII));
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
                        throw new IllegalStateException(name + ": parameters out of order: "
                                + line);
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
            return of(name, table, rss, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NistDataset of(String name, List<double[]> table, double rss,
            List<double[]> data) {
        int p = table.size();
        double[][] columns = new double[4][p];
        for (int j = 0; j < p; j++) {
            for (int c = 0; c < 4; c++) {
                columns[c][j] = table.get(j)[c];
            }
        }
        double[][] x = new double[data.size()][];
        double[] y = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            double[] row = data.get(i);
            y[i] = row[0];
            x[i] = Arrays.copyOfRange(row, 1, row.length);
        }
        return new NistDataset(name, columns[0], columns[1], columns[2], columns[3], rss, x, y);
    }
}
