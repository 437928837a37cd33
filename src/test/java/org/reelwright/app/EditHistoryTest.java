package org.reelwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reelwright.domain.Production;
import org.reelwright.domain.StageId;
import org.reelwright.domain.Workflow;

/** Sequences of edits, undos and redos restore exactly the production they should. */
class EditHistoryTest {
    private static final Production START = Production.blank("Start", LocalDate.of(2027, 1, 4));

    /** Steps: "e:<stage>" sets the stage to AI, "u" undoes, "r" redoes. Expected: the stages that end up AI. */
    static Stream<Arguments> sequences() {
        return Stream.of(
                Arguments.of(List.of("e:vfx"), List.of("vfx")),
                Arguments.of(List.of("e:vfx", "u"), List.of()),
                Arguments.of(List.of("e:vfx", "u", "r"), List.of("vfx")),
                Arguments.of(List.of("e:vfx", "e:sound", "u"), List.of("vfx")),
                Arguments.of(List.of("e:vfx", "e:sound", "u", "u", "r"), List.of("vfx")),
                Arguments.of(List.of("e:vfx", "u", "e:sound", "r"), List.of("sound")),
                Arguments.of(List.of("u", "r", "e:color"), List.of("color")),
                Arguments.of(List.of("e:vfx", "e:vfx", "u"), List.of()),
                Arguments.of(List.of("e:vfx", "e:sound", "e:color", "u", "u", "u", "r", "r", "r"),
                        List.of("vfx", "sound", "color")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("sequences")
    void undoAndRedoRestoreExactly(List<String> steps, List<String> expectedAi) {
        EditHistory history = new EditHistory();
        Production current = START;
        List<Production> seen = new ArrayList<>();
        for (String step : steps) {
            if (step.startsWith("e:")) {
                Production before = current;
                current = history.apply(current, Edits.setWorkflow(StageId.fromId(step.substring(2)), Workflow.AI))
                        .map(EditHistory.Entry::after).orElse(current);
                seen.add(before);
            } else if (step.equals("u")) {
                current = history.undo().map(EditHistory.Entry::before).orElse(current);
            } else {
                current = history.redo().map(EditHistory.Entry::after).orElse(current);
            }
        }
        Production expected = START;
        for (String id : expectedAi) {
            StageId stage = StageId.fromId(id);
            expected = expected.withStage(expected.stage(stage).withWorkflow(Workflow.AI));
        }
        assertEquals(expected, current);
    }

    @Test
    void nextUndoNamesTheLastEdit() {
        EditHistory history = new EditHistory();
        Production p = START;
        p = history.apply(p, Edits.setWorkflow(StageId.SOUND, Workflow.AI)).orElseThrow().after();
        assertEquals("edit.workflow", history.nextUndo().orElseThrow().labelKey());
        assertEquals(List.of(StageId.SOUND, Workflow.AI), history.nextUndo().orElseThrow().labelArgs());
        assertTrue(history.nextRedo().isEmpty());
        history.undo();
        assertEquals(StageId.SOUND, history.nextRedo().orElseThrow().labelArgs().get(0));
    }
}
