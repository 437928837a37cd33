package org.reelwright.ui.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Currency;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.store.json.JsonProductionFiles;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;

/** The top sheet leads with the cash needed when some pay is deferred or in kind, and says "all cash" otherwise. */
class BudgetCashTest {
    private static final Currency USD = Currency.getInstance("USD");

    private static Production noBudget() throws Exception {
        try (InputStream in = BudgetCashTest.class.getResourceAsStream("/seeds/samples/sample-nobudget-short.json")) {
            return new JsonProductionFiles().parse(in.readAllBytes(), "sample-nobudget-short.json");
        }
    }

    private static BudgetViewModel model(Production p, Locale locale) {
        return new BudgetViewModel(() -> Sample.PLANNING, BackgroundWork.sameThread(), new Messages(locale),
                new Formats(locale), locale, new SimpleObjectProperty<>(p));
    }

    @Test
    void theNoBudgetSampleLeadsWithAboutFourThousandDollarsOfCashThenDeferredAndInKind() throws Exception {
        BudgetViewModel model = model(noBudget(), Locale.ENGLISH);
        PayBreakdown pay = model.payProperty().get();
        Formats f = new Formats(Locale.ENGLISH);
        assertTrue(model.cashSplitProperty().get());
        assertTrue(pay.cashP50().doubleValue() > 3_000 && pay.cashP50().doubleValue() < 5_000, () -> pay.cashP50().toString());
        assertEquals(f.money(pay.cashP50(), USD), model.cashNeededProperty().get());
        assertEquals("Safe cash budget (P80) " + f.money(pay.cashP80(), USD), model.cashSafeProperty().get());
        assertEquals("Then deferred " + f.money(pay.total().deferred().likely(), USD) + " and in kind "
                + f.money(pay.total().inKind().likely(), USD) + " (likely, contingency included)",
                model.payRestProperty().get());
        assertEquals("Pay model: No budget", model.payModelProperty().get());
        assertEquals("", model.allCashProperty().get());
    }

    @Test
    void everyRowShowsItsCashAndStagesWithDeferredOrInKindPartsTellTheirSplit() throws Exception {
        BudgetViewModel model = model(noBudget(), Locale.ENGLISH);
        PayBreakdown pay = model.payProperty().get();
        Formats f = new Formats(Locale.ENGLISH);
        BudgetRow shoot = model.rows().stream().filter(r -> r.stage() == StageId.SHOOT).findFirst().orElseThrow();
        PayBreakdown.Split split = pay.stage(StageId.SHOOT);
        assertFalse(split.inKind().isZero(), "the no-budget shoot has donated crew and gear");
        assertEquals(f.money(split.cash().likely(), USD), shoot.cash());
        assertEquals("Cash " + f.money(split.cash().likely(), USD) + " · deferred "
                + f.money(split.deferred().likely(), USD) + " · in kind " + f.money(split.inKind().likely(), USD)
                + " (likely)", shoot.payDetail());
        BudgetRow total = model.rows().get(model.rows().size() - 1);
        assertEquals(BudgetRow.Kind.TOTAL, total.kind());
        assertEquals(f.money(pay.total().cash().likely(), USD), total.cash());
        for (BudgetRow row : model.rows()) {
            assertFalse(row.cash().isEmpty(), row.label());
        }
    }

    @Test
    void anAllPaidPlanSaysInOneLineThatAllOfItIsCash() {
        BudgetViewModel model = model(Sample.PRODUCTION, Locale.ENGLISH);
        assertFalse(model.cashSplitProperty().get());
        assertEquals("All cash (Everyone paid): nothing deferred or in kind", model.allCashProperty().get());
        assertEquals("", model.cashNeededProperty().get());
        for (BudgetRow row : model.rows()) {
            assertEquals("", row.cash(), row.label());
            assertEquals("", row.payDetail(), row.label());
        }
    }

    @Test
    void theCashSpeaksChinese() throws Exception {
        BudgetViewModel model = model(noBudget(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(model.cashSafeProperty().get().startsWith("稳妥现金预算（P80）"), model.cashSafeProperty()::get);
        assertEquals("支付模式：零预算", model.payModelProperty().get());
        assertEquals("全部为现金（全部付酬）：没有延期付酬或实物投入",
                model(Sample.PRODUCTION, Locale.SIMPLIFIED_CHINESE).allCashProperty().get());
    }
}
