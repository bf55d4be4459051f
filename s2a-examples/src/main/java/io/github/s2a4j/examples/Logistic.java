package io.github.s2a4j.examples;

import io.github.s2a4j.core.internal.LocalAnalyzer;
import java.util.List;

/**
 * Logistic regression fitted by Newton's method with an L2 penalty on the weights (not the bias): the offline fit
 * behind the local regenerator's models. Small and exact for a few dozen features and a few thousand rows.
 */
final class Logistic {

    private Logistic() {}

    /**
     * Fits the weights.
     *
     * @param rows the feature vectors, all of one length
     * @param labels 1 for the positive class, 0 otherwise
     * @param l2 the penalty on the squared weights
     * @return the bias, then one weight per feature
     */
    static double[] fit(List<double[]> rows, List<Integer> labels, double l2) {
        int d = rows.get(0).length + 1;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int r = 0; r < rows.size(); r++) {
                double[] x = withBias(rows.get(r));
                double p = sigmoid(dot(w, x));
                double error = p - labels.get(r);
                double curvature = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++) {
                    gradient[i] += error * x[i];
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for (int i = 1; i < d; i++) {
                gradient[i] += l2 * w[i];
                hessian[i][i] += l2;
            }
            hessian[0][0] += 1e-6;
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                size = Math.max(size, Math.abs(step[i]));
            }
            if (size < 1e-8) {
                break;
            }
        }
        return w;
    }

    /** The regenerator's own scoring, so that thresholds are set on exactly what it will compute. */
    static double probability(double[] weights, double[] features) {
        return LocalAnalyzer.probability(weights, features);
    }

    private static double[] withBias(double[] features) {
        double[] x = new double[features.length + 1];
        x[0] = 1;
        System.arraycopy(features, 0, x, 1, features.length);
        return x;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = new double[n + 1];
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            double diagonal = m[col][col];
            if (Math.abs(diagonal) < 1e-12) {
                continue;
            }
            for (int row = 0; row < n; row++) {
                if (row != col) {
                    double factor = m[row][col] / diagonal;
                    for (int k = col; k <= n; k++) {
                        m[row][k] -= factor * m[col][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
