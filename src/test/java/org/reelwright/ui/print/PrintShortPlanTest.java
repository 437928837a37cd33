package org.reelwright.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;
import org.reelwright.report.PlanSection;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Messages;

/** Issue 13: the Print dialog offers the short plan beside the full one. */
class PrintShortPlanTest {

    @Test
    void theShortPlanIsTwoToFourPagesWhateverSectionsAreTicked() {
        PrintViewModel model = new PrintViewModel(PrintFixtures.EXPORT, new SimpleObjectProperty<Production>(
                PrintFixtures.SAMPLE), BackgroundWork.sameThread(), new Messages(Locale.ENGLISH));
        model.open();
        int full = model.pageCountProperty().get();
        model.shortPlanProperty().set(true);
        int brief = model.pageCountProperty().get();
        assertTrue(brief >= 2 && brief <= 4 && brief < full, brief + " of " + full);
        assertTrue(model.options().shortPlan());
        for (PlanSection section : PlanSection.values()) {
            model.sectionProperty(section).set(false);
        }
        assertEquals(brief, model.pageCountProperty().get(), "the short plan does not use the section ticks");
        model.shortPlanProperty().set(false);
        assertEquals(0, model.pageCountProperty().get());
    }
}
