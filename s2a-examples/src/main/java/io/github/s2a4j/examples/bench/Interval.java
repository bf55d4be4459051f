package io.github.s2a4j.examples.bench;

import java.util.Collection;

/**
 * A statistic over n observations with its 95% confidence interval: Wilson's score interval for a proportion,
 * Student's t interval for a mean. The formulas are the textbook ones, so a reader can check every bound by
 * hand.
 *
 * @param n the observations
 * @param value the proportion or mean
 * @param low the lower bound, or {@code NaN} when n is too small for an interval
 * @param high the upper bound, or {@code NaN} likewise
 */
record Interval(int n, double value, double low, double high) {

    /** The 97.5th percentile of the standard normal distribution: two-sided 95%. */
    static final double Z = 1.959963984540054;

    /**
     * The share of successes with Wilson's score interval: centre {@code (p + z²/2n) / (1 + z²/n)}, half-width
     * {@code z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²)}.
     *
     * @throws IllegalArgumentException if the counts are not 0 &lt;= successes &lt;= n, n &gt;= 1
     */
    static Interval wilson(int successes, int n) {
        if (n < 1 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("need 0 <= successes <= n and n >= 1, was " + successes + "/" + n);
        }
        double p = (double) successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(n, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * The mean with Student's t interval: {@code mean ± t(0.975, n-1) * s / sqrt(n)}, s the sample standard
     * deviation. One observation has no interval (NaN bounds).
     *
     * @throws IllegalArgumentException if there are no values
     */
    static Interval mean(Collection<Double> values) {
        int n = values.size();
        if (n == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Interval(1, mean, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = studentT975(n - 1) * sd / Math.sqrt(n);
        return new Interval(n, mean, mean - half, mean + half);
    }

    /** Whether the interval has bounds. */
    boolean bounded() {
        return !Double.isNaN(low);
    }

    /**
     * The 97.5th percentile of Student's t distribution with {@code df} degrees of freedom, found by bisection on
     * its distribution function (to 1e-10).
     */
    static double studentT975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("df must be at least 1, was " + df);
        }
        double lo = 0;
        double hi = 1000;
        while (hi - lo > 1e-10) {
            double mid = (lo + hi) / 2;
            if (studentTCdf(mid, df) < 0.975) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** P(T &lt;= t) for t &gt;= 0: {@code 1 - I_x(df/2, 1/2) / 2} with {@code x = df / (df + t²)}. */
    static double studentTCdf(double t, int df) {
        double x = df / (df + t * t);
        return 1 - 0.5 * regularizedBeta(x, df / 2.0, 0.5);
    }

    /** The regularized incomplete beta function I_x(a, b), by its continued fraction (modified Lentz). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaFraction(x, a, b) / a;
        }
        return 1 - front * betaFraction(1 - x, b, a) / b;
    }

    private static double betaFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 300; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + even * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + even / c;
            c = Math.abs(c) < tiny ? tiny : c;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + odd * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + odd / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    /** ln Γ(x) for x &gt; 0, Lanczos' approximation (g = 7, 9 terms; about 15 significant digits). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {
            0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531,
            -176.6150291621406, 12.507343278686905, -0.13857109526572012, 9.984369578019572e-6,
            1.5056327351493116e-7
        };
        double z = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
