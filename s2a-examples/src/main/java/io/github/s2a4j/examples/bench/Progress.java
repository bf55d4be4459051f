package io.github.s2a4j.examples.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on stderr: done/total, the rate and the time left. On a terminal it redraws one line (at most
 * ten times a second); otherwise, as in a log or CI, it prints a plain line every tenth of the way or every 30
 * seconds. Thread-safe.
 */
final class Progress {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final long LINE_NANOS = 30_000_000_000L;

    private final PrintWriter out;
    private final int total;
    private final int resumed;
    private final boolean terminal;
    private final LongSupplier nanoClock;
    private final long start;
    private int done;
    private int failed;
    private long lastPrint;
    private int lastPrintedTenth;

    /**
     * A progress bar.
     *
     * @param out where it is drawn
     * @param total the answers in the run
     * @param resumed the answers earlier runs already gave, counted as done but not in the rate
     * @param terminal whether {@code out} is a terminal that can redraw a line
     * @param nanoClock the time
     */
    Progress(PrintWriter out, int total, int resumed, boolean terminal, LongSupplier nanoClock) {
        this.out = out;
        this.total = total;
        this.resumed = resumed;
        this.terminal = terminal;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastPrint = start;
        this.done = resumed;
    }

    /** One more answer, done or failed. */
    synchronized void step(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = nanoClock.getAsLong();
        int tenth = total == 0 ? 10 : done * 10 / total;
        boolean print = terminal
                ? now - lastPrint >= REDRAW_NANOS || done == total
                : tenth > lastPrintedTenth || now - lastPrint >= LINE_NANOS;
        if (print && done < total) {
            draw(now);
        }
    }

    /** Draws the final state and ends the line. */
    synchronized void finish() {
        draw(nanoClock.getAsLong());
        if (terminal) {
            out.print('\n');
        }
        out.flush();
    }

    private void draw(long now) {
        lastPrint = now;
        lastPrintedTenth = total == 0 ? 10 : done * 10 / total;
        if (terminal) {
            out.print("\r" + line(now) + "\u001B[K");
        } else {
            out.println(line(now));
        }
        out.flush();
    }

    /** The progress as one line of text. */
    synchronized String line(long now) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        StringBuilder line = new StringBuilder("bench [");
        line.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
        line.append(done).append('/').append(total);
        line.append(String.format(Locale.ROOT, " %3d%%", total == 0 ? 100 : done * 100 / total));
        double seconds = (now - start) / 1e9;
        int answered = done - resumed;
        if (answered > 0 && seconds > 0) {
            double rate = answered / seconds;
            line.append(String.format(Locale.ROOT, "  %.2f/s", rate));
            if (done < total) {
                line.append("  ETA ").append(format(Duration.ofSeconds(Math.round((total - done) / rate))));
            }
        }
        if (failed > 0) {
            line.append("  ").append(failed).append(" failed");
        }
        return line.toString();
    }

    static String format(Duration duration) {
        long s = duration.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return s / 3600 + "h" + String.format(Locale.ROOT, "%02d", s % 3600 / 60) + "m";
    }
}
