import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for Reelwright's start-up (tools/startup/measure.sh): the least a JavaFX window costs on this
 * machine and JVM, with the same JavaFX jars. Started like Reelwright (a plain main calling Platform.startup), a
 * Stage with one Label; prints the wall-clock time (epoch ms) the toolkit reports its first frame rendered, the
 * same mark Reelwright's -Dreelwright.startupTrace=true prints for its window.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare JavaFX window");
            Scene scene = new Scene(new StackPane(new Label("Bare JavaFX window")), 1280, 800);
            stage.setScene(scene);
            stage.show();
            // The first frame drawn, as Reelwright's trace reports it (ReelwrightUi.StartupTrace.whenPainted).
            com.sun.javafx.perf.PerformanceTracker tracker = com.sun.javafx.perf.PerformanceTracker
                    .getSceneTracker(scene);
            tracker.setOnRenderedFrameTask(() -> {
                tracker.setOnRenderedFrameTask(null);
                System.err.println("bare-startup: windowEpoch=" + System.currentTimeMillis());
            });
        });
    }
}
