package org.reelwright.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;
import org.reelwright.estimate.Estimate;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;

/** Each scenario card says the cash needed under its expected budget, or in one line that all of it is cash. */
class CompareCashTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static CompareViewModel model(Production p) {
        return new CompareViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), new Messages(Locale.ENGLISH),
                new Formats(Locale.ENGLISH), new SimpleObjectProperty<>(p), edit -> { });
    }

    @Test
    void theNoBudgetSamplesCardsShowTheCashNeededUnderTheExpectedBudget() throws Exception {
        Production p;
        try (InputStream in = CompareCashTest.class.getResourceAsStream("/seeds/samples/sample-nobudget-short.json")) {
            p = new JsonProductionFiles().parse(in.readAllBytes(), "sample-nobudget-short.json");
        }
        CompareViewModel model = model(p);
        Formats f = new Formats(Locale.ENGLISH);
        List<Estimate> all = model.comparisonProperty().get().all();
        assertEquals(3, model.cards().size());
        for (int i = 0; i < 3; i++) {
            PayBreakdown pay = PayBreakdown.of(p, all.get(i));
            assertEquals("Cash needed " + f.money(pay.cashP50(), USD) + " (P50) · deferred "
                    + f.money(pay.total().deferred().likely(), USD) + " · in kind "
                    + f.money(pay.total().inKind().likely(), USD), model.cards().get(i).cash());
        }
        PayBreakdown current = PayBreakdown.of(p, all.get(0));
        assertTrue(current.cashP50().doubleValue() > 3_000 && current.cashP50().doubleValue() < 5_000,
                () -> current.cashP50().toString());
    }

    @Test
    void anAllPaidPlansCardsSayBrieflyThatAllOfItIsCash() {
        CompareViewModel model = model(Sample.PRODUCTION);
        assertEquals(3, model.cards().size());
        for (ScenarioCard card : model.cards()) {
            assertEquals("All cash (Everyone paid): nothing deferred or in kind", card.cash(), card.title());
        }
    }
}
