package org.reelwright.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionTest {
    private final Production blank = Production.blank("Test", LocalDate.of(2027, 3, 1));

    @Test
    void everyStageHasAPlanEvenWhenNoneWasGiven() {
        assertEquals(StageId.values().length, blank.stages().size());
        assertEquals(Workflow.TRADITIONAL, blank.stage(StageId.SCRIPT).workflow());
        assertEquals(Workflow.AI, blank.stage(StageId.GENERATION).workflow());
    }

    @Test
    void replacingAShotKeepsEverythingElse() {
        Shot shot = Shot.starter("1A", "wide", 5);
        Scene scene = new Scene(SceneId.random(), "1", new SceneHeading(IntExt.EXT, "ROOF", TimeOfDay.NIGHT), 8,
                List.of("lin yue", "LIN YUE"), "", List.of(shot));
        Production p = blank.withScenes(List.of(scene));
        Production edited = p.withShot(shot.withMethod(ProductionMethod.AI_IMAGE_TO_VIDEO));
        assertEquals(ProductionMethod.AI_IMAGE_TO_VIDEO, edited.scenes().get(0).shots().get(0).method());
        assertEquals(List.of("LIN YUE"), edited.scenes().get(0).characters());
        assertNotEquals(p, edited);
        assertEquals(p, edited.withShot(shot));
    }

    @Test
    void hybridUsesItsShareAndTheExtremesUseAllOrNothing() {
        StagePlan vfx = StagePlan.defaults(StageId.VFX);
        assertEquals(0.0, vfx.effectiveAiShare());
        assertEquals(0.5, vfx.withWorkflow(Workflow.HYBRID).effectiveAiShare());
        assertEquals(0.3, vfx.withWorkflow(Workflow.HYBRID).withAiShare(0.3).effectiveAiShare());
        assertEquals(1.0, vfx.withWorkflow(Workflow.AI).effectiveAiShare());
        assertEquals(AiToolCategory.ROTO_CLEANUP, vfx.withWorkflow(Workflow.AI).aiTool());
    }

    @Test
    void moneyRefusesToMixCurrenciesAndConvertsWithStoredRates() {
        Money usd = Money.of("100", "USD");
        Money cny = Money.of("1000", "CNY");
        assertThrows(IllegalArgumentException.class, () -> usd.plus(cny));
        ExchangeRates rates = new ExchangeRates(usd.currency(), Map.of("CNY", new BigDecimal("0.14")));
        assertEquals(Money.of("140", "USD"), rates.toBase(cny));
        assertEquals(Money.of("240.00", "USD"), usd.plus(rates.toBase(cny)));
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> rates.toBase(Money.of("1", "EUR")));
        assertEquals("No exchange rate from EUR to USD; add one in the production's exchange rates",
                missing.getMessage());
    }

    @Test
    void changingCurrencyReExpressesTheRatesOverTheNewBase() {
        Production p = blank.withExchangeRates(new ExchangeRates(blank.currency(),
                Map.of("CNY", new BigDecimal("0.14"), "EUR", new BigDecimal("1.08"))));
        Production inYuan = p.withCurrency(Money.currency("CNY"));
        assertEquals(Money.currency("CNY"), inYuan.exchangeRates().base());
        assertEquals(new BigDecimal("7.142857142857143"), inYuan.exchangeRates().perUnit().get("USD"));
        assertEquals(new BigDecimal("7.714285714285714"), inYuan.exchangeRates().perUnit().get("EUR"));
        assertEquals(Map.of(), blank.withCurrency(Money.currency("JPY")).exchangeRates().perUnit());
    }
}
