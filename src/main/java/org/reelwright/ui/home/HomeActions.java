package org.reelwright.ui.home;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reelwright.domain.ProductionId;

/**
 * What the welcome screen can start; the shell supplies each (its dialogs, its open production). {@code openSample}
 * opens the English sample, {@code openChineseSample} the Chinese one, {@code openNoBudgetSample} the one on the
 * no-budget pay model.
 */
public record HomeActions(Runnable newProduction, Runnable openSample, Runnable openChineseSample,
        Runnable openNoBudgetSample, Runnable importScript, Runnable openFile, Consumer<ProductionId> openKept,
        Consumer<Path> openRecentFile) {
}
