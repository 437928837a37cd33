package org.reelwright.domain;

/**
 * Script length as film people count it, in eighths of a page: {@code 2} → "2/8", {@code 11} → "1 3/8", {@code 8} →
 * "1". Eighths are never reduced (a breakdown sheet says 4/8, not 1/2), so one style reads the same in the window,
 * the strip plan, the breakdown and the command line.
 */
public final class Eighths {
    private Eighths() {
    }

    public static String format(int eighths) {
        if (eighths < 0) {
            throw new IllegalArgumentException("a length cannot be negative: " + eighths);
        }
        int pages = eighths / 8;
        int rest = eighths % 8;
        if (rest == 0) {
            return Integer.toString(pages);
        }
        return (pages > 0 ? pages + " " : "") + rest + "/8";
    }

    /** Pages (a strip group's sum, say) to the nearest eighth, written as {@link #format(int)} does. */
    public static String ofPages(double pages) {
        return format((int) Math.max(0, Math.round(pages * 8)));
    }
}
