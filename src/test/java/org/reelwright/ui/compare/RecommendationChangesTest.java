package org.reelwright.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Edit;
import org.reelwright.estimate.Recommender;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;

/** Before "Apply to the plan" changes several stages at once, the panel says which stages and how. */
class RecommendationChangesTest {

    @Test
    void aRecommendationSaysEveryStageItWillChangeBeforeItIsApplied() {
        Messages messages = new Messages(Locale.ENGLISH);
        List<Edit> edits = new ArrayList<>();
        CompareViewModel model = new CompareViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), messages,
                new Formats(Locale.ENGLISH), new SimpleObjectProperty<>(Sample.PRODUCTION), edits::add);
        assertEquals("", model.recommendChangesProperty().get());
        model.budgetTextProperty().set("50000");
        model.deadlineTextProperty().set("40");
        model.recommend();

        List<Recommender.StageAdvice> changed = model.advice().stream().filter(a -> a.from() != a.to()).toList();
        assertTrue(changed.size() > 1, "the sample's recommendation changes several stages: " + changed);
        String said = model.recommendChangesProperty().get();
        assertTrue(said.startsWith("Apply to the plan changes " + changed.size() + " stages: "), said);
        for (Recommender.StageAdvice a : changed) {
            assertTrue(said.contains(messages.name(a.stage()) + " " + messages.name(a.from()) + " → "
                    + messages.name(a.to())), said);
        }
        assertEquals(List.of(), edits, "nothing is applied until the user presses the button");

        model.applyRecommendation();
        assertEquals(1, edits.size());
        assertEquals("", model.recommendChangesProperty().get(), "the summary goes once it is applied");
    }
}
