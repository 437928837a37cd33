package org.reelwright.ui.print;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.reelwright.report.PagedPlan;

/** Turns a toolkit-free page picture into a JavaFX image; safe off the FX thread (the image is not shown yet). */
final class PageImages {
    private PageImages() {
    }

    static Image toFx(PagedPlan.PageImage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }
}
