package org.reelwright.perf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import org.reelwright.app.Edit;
import org.reelwright.app.Planning;
import org.reelwright.app.SyntheticProductions;
import org.reelwright.domain.Eighths;
import org.reelwright.domain.Production;
import org.reelwright.store.ProjectFileException;
import org.reelwright.store.json.JsonBenchmarkLibraryFiles;
import org.reelwright.ui.common.Formats;
import org.reelwright.ui.common.FxBackgroundWork;
import org.reelwright.ui.common.Messages;
import org.reelwright.ui.shoot.ShootListsViewModel;
import org.reelwright.ui.shoot.ShootView;
import org.reelwright.ui.shoot.ShootViewModel;
import org.reelwright.ui.shoot.BoardItem;
import org.reelwright.ui.shoot.BoardMoves;
import org.reelwright.ui.shoot.StripColour;
import org.reelwright.ui.shoot.Stripboard;
import org.reelwright.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Frame gaps of the stripboard with 1,000 strips (issue 17), while it scrolls and while a strip is dragged down the
 * board with the list scrolling under it. Not a test: nothing here runs in {@code mvn test} and nothing asserts a
 * time; it prints a Markdown table.
 *
 * <p>A running {@link AnimationTimer} asks for a pulse every frame (60 Hz), so the time between two pulses is one
 * frame unless the FX thread was busy for longer; a gap above 1.5 frames (25 ms) is a dropped frame. Per pulse it
 * also records the FX thread's CSS and layout work (pre-layout to post-layout pulse listener). Scrolling: three rows
 * per frame (90 px, a fast wheel) from the top to the bottom and back. Dragging: the robot presses a strip near the
 * top, moves it down the board to the list's bottom edge, holds it there while the list scrolls under it, then drops
 * it on a row (the move is applied to the rows as the Shoot panel does).
 *
 * <p>Two subjects: the board alone on 1,000 plain strips (the control's own cost), and with {@code --panel} the
 * whole Shoot panel on a synthetic 1,000-scene production, where each drop is an edit of the production and the
 * schedule is made again in the background. Run on the test classpath, Monocle headless like the TestFX tests
 * ({@code -Dheadless.geometry=1366x768-32 -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -Dtestfx.robot=glass -Dtestfx.headless=true}), or on the real glass under Xvfb with {@code
 * -Dtestfx.headless=false}; the README's performance table gives the command.
 */
@SuppressWarnings("unchecked")
public final class StripboardFrameHarness {
    private static final int STRIPS = 1000;
    private static final int PER_DAY = 8;
    private static final double DROPPED = 25.0;

    private final List<Double> gaps = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> layouts = Collections.synchronizedList(new ArrayList<>());
    private final List<String> notes = new ArrayList<>();
    private volatile boolean recording;
    private long lastPulse;
    private long layoutStart;
    private ListView<BoardItem> list;
    private ObservableList<BoardItem> rows;
    private Stage stage;

    /**
     * @param args {@code [REPS] [--panel]}: {@code --panel} measures the whole Shoot panel on a synthetic
     *     1,000-scene production (its view model scheduling in the background, each drop an edit of the production)
     *     instead of the board alone on plain rows
     */
    public static void main(String[] args) throws Exception {
        int code = 1;
        List<String> list = List.of(args);
        try {
            new StripboardFrameHarness().run(list.isEmpty() || list.get(0).startsWith("--") ? 3
                    : Integer.parseInt(list.get(0)), list.contains("--panel"));
            code = 0;
        } finally {
            System.exit(code);
        }
    }

    /** The Shoot panel of a synthetic production with 1,000 scenes, wired as the window wires it. */
    private Parent panel() {
        Planning planning;
        try {
            planning = new Planning(Planning.bundledLibrary(new JsonBenchmarkLibraryFiles()), Locale.ENGLISH);
        } catch (ProjectFileException e) {
            throw new IllegalStateException(e);
        }
        SimpleObjectProperty<Production> production = new SimpleObjectProperty<>(SyntheticProductions.generate(
                STRIPS, 3 * STRIPS, 7));
        Consumer<Edit> apply = edit -> production.set(edit.applyTo(production.get()));
        Messages messages = new Messages(Locale.ENGLISH);
        ShootViewModel model = new ShootViewModel(() -> planning, new FxBackgroundWork(), messages,
                new Formats(Locale.ENGLISH), production, apply);
        rows = model.rows();
        return (Parent) new ShootView(model, new ShootListsViewModel(messages, production, apply), messages).root();
    }

    private void run(int reps, boolean wholePanel) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(on -> {
            Theme.LIGHT.applyBase();
            Parent root;
            if (wholePanel) {
                root = panel();
            } else {
                rows = FXCollections.observableArrayList(board());
                Stripboard board = new Stripboard(rows);
                board.setOnMove(move -> rows.setAll(BoardMoves.apply(rows, move)));
                root = board.list();
            }
            Scene scene = new Scene(root, 1366, 768);
            Theme.style(scene);
            scene.addPostLayoutPulseListener(() -> {
                if (recording) {
                    layouts.add((System.nanoTime() - layoutStart) / 1e6);
                }
            });
            on.setScene(scene);
            on.setWidth(1366);
            on.setHeight(768);
            on.show();
            list = (ListView<BoardItem>) root.lookup("#stripboard");
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // the first timer of each pulse (started first): the pulse's FX work is timed from here
                    layoutStart = System.nanoTime();
                    if (recording && lastPulse != 0) {
                        gaps.add((now - lastPulse) / 1e6);
                    }
                    lastPulse = now;
                }
            }.start();
        });
        FxRobot robot = new FxRobot();
        for (int i = 0; i < 600 && fx(() -> rows.isEmpty()); i++) {
            Thread.sleep(100); // the panel schedules in the background
        }
        Thread.sleep(1000);
        scrollThrough(); // warm-up: classes loaded, cells made, CSS cached
        gaps.clear();
        layouts.clear();
        System.out.println("| " + (wholePanel ? "Shoot panel, synthetic production of " + STRIPS + " scenes"
                : "stripboard alone, " + STRIPS + " strips") + " (" + fx(() -> rows.size()) + " rows), 1366×768 "
                + "| frames | median gap | p95 gap | max gap | gaps > 25 ms | FX work per frame median / max |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int rep = 0; rep < reps; rep++) {
            measure("scroll top→bottom→top, 90 px a frame", this::scrollThrough);
        }
        for (int rep = 0; rep < reps; rep++) {
            measure("drag a strip down, list scrolling under it 3 s, drop", () -> drag(robot));
        }
        notes.forEach(System.out::println);
    }

    private void measure(String what, ThrowingRunnable action) throws Exception {
        gaps.clear();
        layouts.clear();
        lastPulse = 0;
        recording = true;
        action.run();
        recording = false;
        List<Double> g = sorted(gaps);
        List<Double> l = sorted(layouts);
        long dropped = g.stream().filter(x -> x > DROPPED).count();
        System.out.printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms | %d | %.1f / %.1f ms |%n", what, g.size(),
                at(g, 0.5), at(g, 0.95), at(g, 1.0), dropped, at(l, 0.5), at(l, 1.0));
    }

    /** Scrolls three rows a frame, from the top to the bottom and back, one step per pulse. */
    private void scrollThrough() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        fx(() -> {
            list.scrollTo(0);
            VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
            new AnimationTimer() {
                private int direction = 1;
                private int steps;

                @Override
                public void handle(long now) {
                    double moved = flow.scrollPixels(direction * 90);
                    steps++;
                    if (moved == 0 && steps > 2) {
                        if (direction > 0) {
                            direction = -1;
                        } else {
                            stop();
                            done.complete(null);
                        }
                    }
                }
            }.start();
            return null;
        });
        done.get(120, TimeUnit.SECONDS);
    }

    /** Presses a strip, moves it to the bottom edge, holds it while the list scrolls, drops it higher up. */
    private void drag(FxRobot robot) throws Exception {
        fx(() -> {
            list.scrollTo(0);
            return null;
        });
        Thread.sleep(200);
        Node strip = fx(() -> list.lookupAll(".strip-cell").stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getItem() instanceof BoardItem.Strip).filter(n -> n.localToScreen(n.getBoundsInLocal())
                        .getMinY() > 60).findFirst().orElseThrow());
        Bounds area = fx(() -> list.localToScreen(list.getBoundsInLocal()));
        String id = fx(() -> ((javafx.scene.control.ListCell<?>) strip).getItem() instanceof BoardItem.Strip s
                ? s.id() : "");
        int before = fx(() -> firstVisible());
        robot.drag(strip, MouseButton.PRIMARY);
        robot.moveTo(area.getMinX() + 400, area.getMaxY() - 12);
        Thread.sleep(3000);
        int after = fx(() -> firstVisible());
        robot.moveTo(area.getMinX() + 400, area.getMinY() + area.getHeight() / 2);
        robot.drop();
        Thread.sleep(300);
        int landed = fx(() -> {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i) instanceof BoardItem.Strip s && s.id().equals(id)) {
                    return i;
                }
            }
            return -1;
        });
        notes.add("drag: the list scrolled from row " + before + " to row " + after + " under the held strip "
                + id + ", which landed on row " + landed);
    }

    private int firstVisible() {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        return flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
    }

    private static List<BoardItem> board() {
        Random random = new Random(17);
        String[] sets = {"KITCHEN", "LIGHTHOUSE GALLERY", "FERRY DECK", "NIGHT MARKET", "ARCHIVE STACKS",
            "HARBOUR ROAD", "STAIRWELL", "ROOFTOP"};
        StripColour[] colours = StripColour.values();
        List<BoardItem> items = new ArrayList<>();
        for (int i = 0; i < STRIPS; i++) {
            int day = i / PER_DAY + 1;
            if (i % PER_DAY == 0) {
                items.add(new BoardItem.DayBreak(day, "Day " + day + " — " + PER_DAY + " strips", ""));
            }
            StripColour colour = colours[random.nextInt(colours.length)];
            String set = sets[random.nextInt(sets.length)];
            boolean ext = colour == StripColour.EXT_DAY || colour == StripColour.EXT_NIGHT;
            boolean night = colour == StripColour.INT_NIGHT || colour == StripColour.EXT_NIGHT;
            String cast = random.ints(1 + random.nextInt(4), 1, 25).sorted().distinct().mapToObj(Integer::toString)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            items.add(new BoardItem.Strip("s" + i, day, Integer.toString(i + 1), colour, ext ? "EXT" : "INT",
                    night ? "N" : "D", set, "Scene " + (i + 1) + " of the board", Eighths.format(1 + random
                            .nextInt(24)), cast, set));
        }
        return items;
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }

    private static double at(List<Double> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())));
    }

    private static <T> T fx(Callable<T> job) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(job.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
