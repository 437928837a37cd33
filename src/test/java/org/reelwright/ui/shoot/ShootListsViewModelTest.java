package org.reelwright.ui.shoot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reelwright.domain.Department;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.Performer;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.testing.Sample;

/** Cast and crew lists of the sample production, edited as a user types into them, without a stage. */
class ShootListsViewModelTest {
    private final Sample.Open open = new Sample.Open();
    private final ShootListsViewModel model = new ShootListsViewModel(new Messages(Locale.ENGLISH), open.production,
            open.apply);

    @Test
    void aNewPerformerPlaysTheFirstCharacterNobodyPlaysYet() {
        String first = Sample.PRODUCTION.scenes().stream().flatMap(s -> s.characters().stream()).findFirst()
                .orElseThrow();
        model.addPerformer();
        model.addPerformer();
        assertEquals(2, model.cast().size());
        Performer one = model.cast().get(0);
        assertEquals(1, one.castNumber());
        assertEquals(List.of(first), one.characters());
        assertEquals("Performer of " + first, one.name());
        assertEquals(2, model.cast().get(1).castNumber());
        assertTrue(model.uncastCharacters().stream().noneMatch(c -> c.equalsIgnoreCase(first)));
    }

    @Test
    void typedFieldsBecomeEditsAndBadOnesAreRefusedWithTheirWords() {
        model.addPerformer();
        Performer p = model.cast().get(0);
        model.setUnavailableDates(p, "2027-05-03， 2027-05-01");
        assertEquals(List.of(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 3)), model.cast().get(0)
                .unavailableDates());
        model.setPayTerm(model.cast().get(0), Optional.of(PayTerm.DEFERRED));
        assertEquals(PayTerm.DEFERRED, model.cast().get(0).payTerm());
        int edits = open.edits;

        model.setUnavailableDates(model.cast().get(0), "3 May");
        assertEquals("\u201c3 May\u201d is not a date for performer 1: type it as 2027-03-04.",
                model.errorProperty().get());
        model.setMakeUpMinutes(model.cast().get(0), "999");
        assertTrue(model.errorProperty().get().contains("300"), model.errorProperty().get());
        model.setName(model.cast().get(0), " ");
        assertEquals(edits, open.edits, "nothing refused reached the production");
        assertEquals(2, model.cast().get(0).unavailableDates().size());
    }

    @Test
    void crewMembersAreAddedChangedAndRemovedByTheirPlaceInTheList() {
        model.addCrewMember();
        model.addCrewMember();
        model.setCrewName(1, "Cy Dee");
        model.setCrewDepartment(1, Department.CAMERA);
        model.setCrewCallOffset(1, "-30");
        assertEquals("Cy Dee", model.crew().get(1).name());
        assertEquals(Department.CAMERA, model.crew().get(1).department());
        assertEquals(-30, model.crew().get(1).callOffsetMinutes());
        model.setCrewCallOffset(1, "early");
        assertTrue(model.errorProperty().get().startsWith("\u201cearly\u201d"), model.errorProperty().get());
        model.removeCrewMember(0);
        assertEquals(List.of("Cy Dee"), model.crew().stream().map(c -> c.name()).toList());
    }

    @Test
    void everySetIsALocationRowAndItsDetailsAreTypedIn() {
        long sets = Sample.PRODUCTION.scenes().stream().map(s -> s.heading().location().toUpperCase(Locale.ROOT))
                .distinct().count();
        assertEquals(sets, model.locations().size());
        var first = model.locations().get(0);
        model.setAddress(first, "1 Harbour Road");
        model.setCoordinates(model.locations().get(0), "31.2304, 121.4737");
        model.setTimeZone(model.locations().get(0), "Asia/Shanghai");
        var known = open.production.get().shootPlan().location(first.name()).orElseThrow();
        assertEquals("1 Harbour Road", known.address());
        assertEquals(31.2304, known.latitude());
        assertEquals("Asia/Shanghai", known.timeZone());
        int edits = open.edits;
        model.setCoordinates(model.locations().get(0), "north");
        assertTrue(model.errorProperty().get().startsWith("\u201cnorth\u201d are not coordinates for "),
                model.errorProperty().get());
        model.setTimeZone(model.locations().get(0), "Mars/Olympus");
        assertTrue(model.errorProperty().get().contains("Mars/Olympus"), model.errorProperty().get());
        assertEquals(edits, open.edits);
        model.setEmergencyContact("Production office 555-0100");
        assertEquals("Production office 555-0100", open.production.get().shootPlan().emergencyContact());
    }
}
