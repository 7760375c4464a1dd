package org.catchment.ui;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The app's own start-up measurement ({@code catchment app --timing}): milliseconds from the start of
 * the process (the native launcher included, where the platform reports it) to the first frame of
 * the main window drawn. A frame is drawn by the render thread after its pulse; the next pulse waits
 * for that drawing to finish, so the second pulse after the window shows marks the first frame done.
 * The app then closes.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    /** Watches the stage's pulses and reports once, then exits the app; does nothing without a listener. */
    static void watch(Stage stage, LongConsumer listener) {
        if (listener == null) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (stage.isShowing() && ++pulses == 2) {
                    stop();
                    listener.accept(Instant.now().toEpochMilli() - processStart());
                    Platform.exit();
                }
            }
        }.start();
    }

    private static long processStart() {
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
