package org.reelwright.ui.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.reelwright.app.Edit;
import org.reelwright.app.EditHistory;
import org.reelwright.domain.CodedEnum;
import org.reelwright.domain.PayCategory;
import org.reelwright.domain.PayModel;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.estimate.PayBreakdown;
import org.reelwright.estimate.Range;
import org.reelwright.ui.common.BackgroundWork;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;

/**
 * A stage's details set one of its pay terms (issue 12): the choice is one undoable edit on that stage alone, the
 * stage's cash / deferred / in-kind split follows it while its cost stays the same, and undo brings the split back.
 */
class StagePayTermEditTest {
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(Sample.PRODUCTION);
    private final EditHistory history = new EditHistory();
    private final List<String> labels = new ArrayList<>();
    private final StagesBoardViewModel model = new StagesBoardViewModel(() -> Sample.PLANNING,
            BackgroundWork.sameThread(), messages, new Formats(Locale.ENGLISH), production, this::apply);

    /** As the window applies an edit: recorded for undo, shown, and labelled in the user's words. */
    private void apply(Edit edit) {
        Object[] args = edit.labelArgs().stream().map(a -> a instanceof Enum<?> e && a instanceof CodedEnum c
                ? messages.get(e.getDeclaringClass().getSimpleName() + "." + c.id()) : a).toArray();
        history.apply(production.get(), edit).ifPresent(entry -> {
            labels.add(messages.get(edit.labelKey(), args));
            production.set(entry.after());
        });
    }

    private void undo() {
        history.undo().ifPresent(entry -> production.set(entry.before()));
    }

    /** Equal amounts whatever their scale (a sum of items may carry more decimals than zero). */
    private static void assertSameAmounts(Range expected, Range actual) {
        assertEquals(List.of(expected.low(), expected.likely(), expected.high()).stream()
                .map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).toList(),
                List.of(actual.low(), actual.likely(), actual.high()).stream()
                .map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).toList());
    }

    private PayBreakdown.Split split(StageRowModel row) {
        return PayBreakdown.of(production.get(), row.lineProperty().get());
    }

    @Test
    void theSampleStartsAllPaidSoTheShootIsAllCash() {
        assertEquals(PayModel.ALL_PAID, Sample.PRODUCTION.payModel());
        StageRowModel shoot = model.row(StageId.SHOOT);
        assertNull(shoot.payTermProperty(PayCategory.CREW).get(), "the stage follows the pay model");
        assertEquals("As the pay model (Paid)", shoot.followsPayModelProperty(PayCategory.CREW).get());
        PayBreakdown.Split split = split(shoot);
        assertSameAmounts(Range.ZERO, split.inKind());
        assertSameAmounts(Range.ZERO, split.deferred());
        assertSameAmounts(shoot.lineProperty().get().cost(), split.cash());
    }

    @Test
    void settingTheShootCrewInKindIsOneEditThatMovesItsCrewCostOutOfCash() {
        StageRowModel shoot = model.row(StageId.SHOOT);
        Range cost = shoot.lineProperty().get().cost();
        PayBreakdown.Split before = split(shoot);
        String splitBefore = shoot.paySplitProperty().get();
        long revision = history.revision();

        shoot.setPayTerm(PayCategory.CREW, PayTerm.IN_KIND);

        assertEquals(List.of("Set Crew of Shoot to In kind"), labels);
        assertEquals(revision + 1, history.revision(), "one edit, recorded for undo");
        assertEquals(PayTerm.IN_KIND, production.get().stage(StageId.SHOOT).payTerms().override(PayCategory.CREW)
                .orElseThrow());
        assertEquals(PayTerm.IN_KIND, shoot.payTermProperty(PayCategory.CREW).get());
        for (StageId other : StageId.values()) {
            if (other != StageId.SHOOT) {
                assertEquals(Sample.PRODUCTION.stage(other), production.get().stage(other), other + " unchanged");
            }
        }

        PayBreakdown.Split after = split(shoot);
        assertEquals(cost, shoot.lineProperty().get().cost(), "pay terms change who pays, not what it costs");
        assertSameAmounts(before.total(), after.total());
        assertTrue(after.inKind().likely().signum() > 0, "the crew's pay is donated: " + after);
        assertTrue(after.cash().likely().compareTo(before.cash().likely()) < 0, "less cash: " + after);
        assertSameAmounts(Range.ZERO, after.deferred());
        assertNotEquals(splitBefore, shoot.paySplitProperty().get(), "the details show the new split");
    }

    @Test
    void undoRestoresTheStagesTermAndSplit() {
        StageRowModel shoot = model.row(StageId.SHOOT);
        PayBreakdown.Split before = split(shoot);
        String splitBefore = shoot.paySplitProperty().get();
        shoot.setPayTerm(PayCategory.CREW, PayTerm.DEFERRED);
        assertTrue(split(shoot).deferred().likely().signum() > 0);

        undo();

        assertEquals(Sample.PRODUCTION, production.get());
        assertNull(shoot.payTermProperty(PayCategory.CREW).get());
        assertEquals(before, split(shoot));
        assertEquals(splitBefore, shoot.paySplitProperty().get());
    }

    @Test
    void theSameTermAgainMakesNoEditAndFollowingThePresetIsAnEditOfItsOwn() {
        StageRowModel shoot = model.row(StageId.SHOOT);
        shoot.setPayTerm(PayCategory.CREW, null);
        assertEquals(List.of(), labels, "already following the pay model");
        shoot.setPayTerm(PayCategory.LOCATION, PayTerm.IN_KIND);
        shoot.setPayTerm(PayCategory.LOCATION, PayTerm.IN_KIND);
        assertEquals(1, labels.size(), "the same term again is no edit");
        shoot.setPayTerm(PayCategory.LOCATION, null);
        assertEquals(List.of("Set Locations of Shoot to In kind", "Let Locations of Shoot follow the pay model"),
                labels);
        assertEquals(Sample.PRODUCTION.stage(StageId.SHOOT), production.get().stage(StageId.SHOOT));
    }
}
