package dev.curvature.fit.commons;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.analysis.MultivariateMatrixFunction;
import org.apache.commons.math3.analysis.MultivariateVectorFunction;
import org.apache.commons.math3.geometry.euclidean.twod.Vector2D;

/**
 * The circle-fitting problem of Commons Math's tests (its {@code CircleVectorial} and
 * {@code CircleScalar}), written here in the same shape: points pᵢ, a centre c, the radius
 * r(c) = mean ‖pᵢ − c‖, residuals ‖pᵢ − c‖ − r(c) (target 0) and the scalar objective
 * Σ(‖pᵢ − c‖ − r(c))².
 */
final class CircleProblems {
    private final List<Vector2D> points = new ArrayList<>();

    /** The five points of Commons Math's {@code testCircleFitting}. */
    static CircleProblems fivePoints() {
        CircleProblems circle = new CircleProblems();
        circle.addPoint(30, 68);
        circle.addPoint(50, -6);
        circle.addPoint(110, -20);
        circle.addPoint(35, 15);
        circle.addPoint(45, 97);
        return circle;
    }

    void addPoint(double px, double py) {
        points.add(new Vector2D(px, py));
    }

    int getN() {
        return points.size();
    }

    double getRadius(Vector2D center) {
        double r = 0;
        for (Vector2D point : points) {
            r += point.distance(center);
        }
        return r / points.size();
    }

    /** ‖pᵢ − c‖ − r(c) for each point. */
    MultivariateVectorFunction getModelFunction() {
        return params -> {
            Vector2D center = new Vector2D(params[0], params[1]);
            double radius = getRadius(center);
            double[] residuals = new double[points.size()];
            for (int i = 0; i < residuals.length; i++) {
                residuals[i] = points.get(i).distance(center) - radius;
            }
            return residuals;
        };
    }

    /** ∂/∂c of the residuals: (c − pᵢ)/‖c − pᵢ‖ minus its mean. */
    MultivariateMatrixFunction getModelFunctionJacobian() {
        return params -> {
            int n = points.size();
            Vector2D center = new Vector2D(params[0], params[1]);
            double dRdX = 0;
            double dRdY = 0;
            for (Vector2D pk : points) {
                double dk = pk.distance(center);
                dRdX += (center.getX() - pk.getX()) / dk;
                dRdY += (center.getY() - pk.getY()) / dk;
            }
            dRdX /= n;
            dRdY /= n;
            double[][] jacobian = new double[n][2];
            for (int i = 0; i < n; i++) {
                Vector2D pi = points.get(i);
                double di = pi.distance(center);
                jacobian[i][0] = (center.getX() - pi.getX()) / di - dRdX;
                jacobian[i][1] = (center.getY() - pi.getY()) / di - dRdY;
            }
            return jacobian;
        };
    }

    /** Σ(‖pᵢ − c‖ − r(c))². */
    MultivariateFunction getObjectiveFunction() {
        MultivariateVectorFunction model = getModelFunction();
        return params -> {
            double sum = 0;
            for (double r : model.value(params)) {
                sum += r * r;
            }
            return sum;
        };
    }

    /** 2·Σ(‖pᵢ − c‖ − r(c))·∂/∂c(‖pᵢ − c‖ − r(c)). */
    MultivariateVectorFunction getObjectiveFunctionGradient() {
        MultivariateVectorFunction model = getModelFunction();
        MultivariateMatrixFunction jacobian = getModelFunctionJacobian();
        return params -> {
            double[] r = model.value(params);
            double[][] j = jacobian.value(params);
            double[] g = new double[2];
            for (int i = 0; i < r.length; i++) {
                g[0] += 2 * r[i] * j[i][0];
                g[1] += 2 * r[i] * j[i][1];
            }
            return g;
        };
    }
}
