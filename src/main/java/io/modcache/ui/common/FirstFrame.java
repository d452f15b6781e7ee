package io.modcache.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that the window's first frame need not wait for. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code task} on the FX thread once {@code scene} has been laid out for its first frame. */
    public static void then(Scene scene, Runnable task) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            // a listener removed while the pulse calls the listeners could hide another from it: remove it after
            Platform.runLater(() -> {
                if (listener[0] != null) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    listener[0] = null;
                    task.run();
                }
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
