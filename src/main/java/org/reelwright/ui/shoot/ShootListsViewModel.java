package org.reelwright.ui.shoot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reelwright.app.Edit;
import org.reelwright.app.ShootEdits;
import org.reelwright.domain.CrewMember;
import org.reelwright.domain.Department;
import org.reelwright.domain.InvalidInputException;
import org.reelwright.domain.PayTerm;
import org.reelwright.domain.Performer;
import org.reelwright.domain.Production;
import org.reelwright.domain.Scene;
import org.reelwright.domain.ShootLocation;
import org.reelwright.ui.common.Messages;

/**
 * The shoot's lists of the open production — cast, crew and locations — and the emergency contact every call sheet
 * prints, edited in place: every change is an edit (undoable), typed values are read here (dates as 2027-03-04,
 * minutes as whole numbers, coordinates as "31.2304, 121.4737") and anything the production refuses is told in the
 * user's language while the list keeps the production's value. A new performer plays the first character of the
 * screenplay nobody plays yet, which is how characters and performers get linked. Every set the scenes name is a
 * location row, whether or not the user has told anything about it yet.
 */
public final class ShootListsViewModel {
    /** Lists are typed with commas (also the Chinese ones) or semicolons between items. */
    private static final String SEPARATORS = "[,，;；、]";

    private final Messages messages;
    private final ReadOnlyObjectProperty<Production> production;
    private final Consumer<Edit> apply;
    private final ObservableList<Performer> cast = FXCollections.observableArrayList();
    private final ObservableList<CrewMember> crew = FXCollections.observableArrayList();
    private final ObservableList<ShootLocation> locations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper emergencyContact = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ShootListsViewModel(Messages messages, ReadOnlyObjectProperty<Production> production, Consumer<Edit> apply) {
        this.messages = messages;
        this.production = production;
        this.apply = apply;
        production.addListener((obs, old, now) -> show(now));
        show(production.get());
    }

    private void show(Production p) {
        cast.setAll(p == null ? List.of() : p.shootPlan().cast());
        crew.setAll(p == null ? List.of() : p.shootPlan().crew());
        locations.setAll(p == null ? List.of() : locationsOf(p));
        emergencyContact.set(p == null ? "" : p.shootPlan().emergencyContact());
    }

    /** The sets the scenes name, in the order they first appear, as the user described them (or by name only). */
    private static List<ShootLocation> locationsOf(Production p) {
        java.util.Map<String, ShootLocation> byName = new java.util.LinkedHashMap<>();
        for (Scene scene : p.scenes()) {
            String name = scene.heading().location();
            byName.computeIfAbsent(name.toUpperCase(Locale.ROOT), k -> p.shootPlan().location(name)
                    .orElse(ShootLocation.named(name)));
        }
        for (ShootLocation known : p.shootPlan().locations()) {
            byName.putIfAbsent(known.name().toUpperCase(Locale.ROOT), known);
        }
        return List.copyOf(byName.values());
    }

    public ObservableList<ShootLocation> locations() {
        return locations;
    }

    /** Who to call in an emergency, printed on every call sheet. */
    public ReadOnlyStringProperty emergencyContactProperty() {
        return emergencyContact.getReadOnlyProperty();
    }

    public void setEmergencyContact(String text) {
        if (!text.equals(emergencyContact.get())) {
            run(ShootEdits.setEmergencyContact(text));
        }
    }

    public void setAddress(ShootLocation l, String text) {
        changeLocation(() -> new ShootLocation(l.name(), text, l.latitude(), l.longitude(), l.timeZone(),
                l.availableDates(), l.nearestHospital()));
    }

    /** "31.2304, 121.4737" (latitude, longitude); empty clears them. */
    public void setCoordinates(ShootLocation l, String text) {
        List<String> parts = split(text.replace(' ', ','));
        if (parts.isEmpty()) {
            changeLocation(() -> new ShootLocation(l.name(), l.address(), null, null, l.timeZone(),
                    l.availableDates(), l.nearestHospital()));
            return;
        }
        try {
            if (parts.size() != 2) {
                throw new NumberFormatException(text);
            }
            double latitude = Double.parseDouble(parts.get(0));
            double longitude = Double.parseDouble(parts.get(1));
            changeLocation(() -> new ShootLocation(l.name(), l.address(), latitude, longitude, l.timeZone(),
                    l.availableDates(), l.nearestHospital()));
        } catch (NumberFormatException e) {
            error.set(messages.get("shoot.error.coordinates", text, l.name()));
        }
    }

    /** A region id such as Asia/Shanghai, or empty for the computer's own. */
    public void setTimeZone(ShootLocation l, String text) {
        changeLocation(() -> new ShootLocation(l.name(), l.address(), l.latitude(), l.longitude(), text.strip(),
                l.availableDates(), l.nearestHospital()));
    }

    /** Dates typed as 2027-03-04, separated by commas; none means any working day. */
    public void setAvailableDates(ShootLocation l, String text) {
        parseDates(text, item -> messages.get("shoot.error.locationDate", item, l.name())).ifPresent(dates -> changeLocation(() -> new ShootLocation(l.name(), l.address(),
                l.latitude(), l.longitude(), l.timeZone(), dates, l.nearestHospital())));
    }

    public void setNearestHospital(ShootLocation l, String text) {
        changeLocation(() -> new ShootLocation(l.name(), l.address(), l.latitude(), l.longitude(), l.timeZone(),
                l.availableDates(), text));
    }

    private void changeLocation(java.util.function.Supplier<ShootLocation> changed) {
        try {
            run(ShootEdits.setLocation(changed.get()));
        } catch (InvalidInputException e) {
            error.set(e.message(messages.locale()));
        }
    }

    /** The dates of {@code text}, or empty (and the error said) when one does not read. */
    private Optional<List<LocalDate>> parseDates(String text, java.util.function.UnaryOperator<String> refusal) {
        List<LocalDate> dates = new ArrayList<>();
        for (String item : split(text)) {
            try {
                dates.add(LocalDate.parse(item));
            } catch (DateTimeParseException e) {
                error.set(refusal.apply(item));
                return Optional.empty();
            }
        }
        return Optional.of(dates);
    }

    public ObservableList<Performer> cast() {
        return cast;
    }

    public ObservableList<CrewMember> crew() {
        return crew;
    }

    /** Why the last change was refused; empty after one that was made. */
    /** Shows a message the table could not hand on (a value the domain refused). */
    public void showError(String message) {
        error.set(message);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Characters of the screenplay nobody plays yet, in the order they first appear. */
    public List<String> uncastCharacters() {
        Production p = production.get();
        if (p == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Scene scene : p.scenes()) {
            for (String character : scene.characters()) {
                if (p.shootPlan().performerOf(character).isEmpty()) {
                    seen.add(character);
                }
            }
        }
        return List.copyOf(seen);
    }

    /** Adds a performer for the first uncast character (named after the character until the user types a name). */
    public void addPerformer() {
        Production p = production.get();
        if (p == null) {
            return;
        }
        List<String> uncast = uncastCharacters();
        if (uncast.isEmpty()) {
            error.set(messages.get("shoot.cast.allCast"));
            return;
        }
        String character = uncast.get(0);
        run(ShootEdits.setPerformer(Performer.of(p.shootPlan().nextCastNumber(), messages.get("shoot.cast.newName",
                character), character)));
    }

    public void removePerformer(Performer performer) {
        run(ShootEdits.removePerformer(performer.castNumber()));
    }

    public void setName(Performer p, String text) {
        change(p, x -> x.withName(text));
    }

    public void setCharacters(Performer p, String text) {
        change(p, x -> x.withCharacters(split(text)));
    }

    public void setContact(Performer p, String text) {
        change(p, x -> x.withContact(text));
    }

    /** Dates typed as 2027-03-04, separated by commas; an empty text clears them. */
    public void setUnavailableDates(Performer p, String text) {
        parseDates(text, item -> messages.get("shoot.error.date", item, p.castNumber())).ifPresent(dates -> change(p, x -> x.withUnavailableDates(dates)));
    }

    /** Empty = the production's pay model decides. */
    public void setPayTerm(Performer p, Optional<PayTerm> term) {
        change(p, x -> x.withPayTerm(term.orElse(null)));
    }

    public void setMakeUpMinutes(Performer p, String text) {
        parseMinutes(text).ifPresentOrElse(m -> change(p, x -> x.withMakeUpMinutes(m)),
                () -> error.set(messages.get("shoot.error.minutes", text, p.castNumber())));
    }

    public void setTravels(Performer p, boolean travels) {
        change(p, x -> x.withTravels(travels));
    }

    public void addCrewMember() {
        run(ShootEdits.addCrewMember(new CrewMember(messages.get("shoot.crew.newName", crew.size() + 1),
                Department.OTHER, messages.get("shoot.crew.newRole"), "", 0)));
    }

    public void removeCrewMember(int index) {
        if (index >= 0 && index < crew.size()) {
            run(ShootEdits.removeCrewMember(index));
        }
    }

    public void setCrewName(int index, String text) {
        changeCrew(index, c -> new CrewMember(text, c.department(), c.role(), c.contact(), c.callOffsetMinutes()));
    }

    public void setCrewDepartment(int index, Department department) {
        changeCrew(index, c -> new CrewMember(c.name(), department, c.role(), c.contact(), c.callOffsetMinutes()));
    }

    public void setCrewRole(int index, String text) {
        changeCrew(index, c -> new CrewMember(c.name(), c.department(), text, c.contact(), c.callOffsetMinutes()));
    }

    public void setCrewContact(int index, String text) {
        changeCrew(index, c -> new CrewMember(c.name(), c.department(), c.role(), text, c.callOffsetMinutes()));
    }

    /** Minutes before (negative) or after the general crew call. */
    public void setCrewCallOffset(int index, String text) {
        parseMinutes(text).ifPresentOrElse(m -> changeCrew(index, c -> new CrewMember(c.name(), c.department(),
                c.role(), c.contact(), m)), () -> error.set(messages.get("shoot.error.offset", text)));
    }

    private void change(Performer p, UnaryOperator<Performer> change) {
        try {
            run(ShootEdits.setPerformer(change.apply(p)));
        } catch (InvalidInputException e) {
            error.set(e.message(messages.locale()));
        }
    }

    private void changeCrew(int index, UnaryOperator<CrewMember> change) {
        if (index < 0 || index >= crew.size()) {
            return;
        }
        try {
            run(ShootEdits.changeCrewMember(index, change.apply(crew.get(index))));
        } catch (InvalidInputException e) {
            error.set(e.message(messages.locale()));
        }
    }

    private void run(Edit edit) {
        try {
            apply.accept(edit);
            error.set("");
        } catch (RuntimeException e) {
            error.set(messages.messageOf(e));
        }
        show(production.get()); // a refused change leaves the list showing the production as it is
    }

    /** "1, 3 ,5" → [1, 3, 5]: items stripped, empty ones dropped. */
    static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        for (String item : (text == null ? "" : text).split(SEPARATORS)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private static Optional<Integer> parseMinutes(String text) {
        try {
            return Optional.of(Integer.parseInt((text == null ? "" : text).strip().replace("+", "")
                    .toLowerCase(Locale.ROOT).replace("min", "").replace("分钟", "").strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Dates as they are typed back: 2027-03-04, 2027-03-05. */
    public static String dates(List<LocalDate> dates) {
        return String.join(", ", dates.stream().map(LocalDate::toString).toList());
    }
}
