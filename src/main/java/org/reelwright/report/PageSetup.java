package org.reelwright.report;

import java.util.Objects;

/**
 * How the plan is put on paper: the sheet, which way up, and the white space kept around the printed area.
 * Invariants: paper and orientation present; each margin at least 5 mm and together they leave at least half of
 * the sheet in each direction, so a table always has room for its columns.
 *
 * @param margins top, right, bottom and left margin in millimetres
 */
public record PageSetup(Paper paper, Orientation orientation, Margins margins) {
    private static final double POINTS_PER_MILLIMETRE = 72 / 25.4;

    public PageSetup {
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(orientation, "orientation");
        Objects.requireNonNull(margins, "margins");
        double width = orientation == Orientation.PORTRAIT ? paper.widthMillimetres() : paper.heightMillimetres();
        double height = orientation == Orientation.PORTRAIT ? paper.heightMillimetres() : paper.widthMillimetres();
        if (margins.left() + margins.right() > width / 2 || margins.top() + margins.bottom() > height / 2) {
            throw new IllegalArgumentException("margins of " + margins + " mm leave less than half of a "
                    + paper + " sheet to print on");
        }
    }

    /** A4 or US Letter, upright, with the given margin on every side. */
    public static PageSetup of(Paper paper, Orientation orientation, double marginMillimetres) {
        return new PageSetup(paper, orientation, Margins.uniform(marginMillimetres));
    }

    /** A4 portrait with 18 mm margins, the default of the print dialog and the command line. */
    public static PageSetup defaults() {
        return of(Paper.A4, Orientation.PORTRAIT, 18);
    }

    /** Width of the sheet as it lies (after orientation), in PostScript points (1/72 inch). */
    public double widthPoints() {
        return (orientation == Orientation.PORTRAIT ? paper.widthMillimetres() : paper.heightMillimetres())
                * POINTS_PER_MILLIMETRE;
    }

    public double heightPoints() {
        return (orientation == Orientation.PORTRAIT ? paper.heightMillimetres() : paper.widthMillimetres())
                * POINTS_PER_MILLIMETRE;
    }

    public double topPoints() {
        return margins.top() * POINTS_PER_MILLIMETRE;
    }

    public double rightPoints() {
        return margins.right() * POINTS_PER_MILLIMETRE;
    }

    public double bottomPoints() {
        return margins.bottom() * POINTS_PER_MILLIMETRE;
    }

    public double leftPoints() {
        return margins.left() * POINTS_PER_MILLIMETRE;
    }

    public PageSetup withPaper(Paper other) {
        return new PageSetup(other, orientation, margins);
    }

    public PageSetup withOrientation(Orientation other) {
        return new PageSetup(paper, other, margins);
    }

    public PageSetup withMargins(Margins other) {
        return new PageSetup(paper, orientation, other);
    }

    /** The sheets Reelwright prints on: ISO A4 for most of the world, US Letter for North America. */
    public enum Paper {
        A4(210, 297), LETTER(215.9, 279.4);

        private final double widthMillimetres;
        private final double heightMillimetres;

        Paper(double widthMillimetres, double heightMillimetres) {
            this.widthMillimetres = widthMillimetres;
            this.heightMillimetres = heightMillimetres;
        }

        /** The short side. */
        public double widthMillimetres() {
            return widthMillimetres;
        }

        /** The long side. */
        public double heightMillimetres() {
            return heightMillimetres;
        }
    }

    public enum Orientation { PORTRAIT, LANDSCAPE }

    /** The four margins in millimetres; each at least 5 mm (most printers cannot print closer to the edge). */
    public record Margins(double top, double right, double bottom, double left) {
        public static final double MINIMUM = 5;

        public Margins {
            for (double margin : new double[] {top, right, bottom, left}) {
                if (!(margin >= MINIMUM)) {
                    throw new IllegalArgumentException("a margin must be at least " + MINIMUM + " mm, got "
                            + margin);
                }
            }
        }

        public static Margins uniform(double millimetres) {
            return new Margins(millimetres, millimetres, millimetres, millimetres);
        }
    }
}
