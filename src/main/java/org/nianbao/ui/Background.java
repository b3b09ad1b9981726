package org.nianbao.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Where the app's slow work runs: one worker thread for the core (import, checks, export, saving),
 * and one beside it for the live preview, so a preview never waits behind a re-check or an autosave
 * (nor they behind it); results handed back on the app's thread. Tests use {@link #direct()}, which
 * runs everything at once on the caller's thread, so view models are tested without a window.
 */
final class Background {
    private final Executor worker;
    private final Executor preview;
    private final Executor app;
    private final ScheduledExecutorService timer;
    private final Map<String, ScheduledFuture<?>> pending = new HashMap<>();

    private Background(Executor worker, Executor preview, Executor app, ScheduledExecutorService timer) {
        this.worker = worker;
        this.preview = preview;
        this.app = app;
        this.timer = timer;
    }

    /** The app's: daemon worker threads, results on the JavaFX thread. */
    static Background forApp() {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> daemon(r, "nianbao-worker"));
        ExecutorService preview = Executors.newSingleThreadExecutor(r -> daemon(r, "nianbao-preview"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "nianbao-timer"));
        return new Background(worker, preview, Platform::runLater, timer);
    }

    /** For tests: work runs at once on the caller's thread and debounced actions run immediately. */
    static Background direct() {
        return new Background(Runnable::run, Runnable::run, Runnable::run, null);
    }

    /**
     * Runs {@code work} on the preview's own thread (work that only reads a snapshot); it hands its
     * results to the app's thread itself with {@link #onApp}, page by page.
     */
    void preview(Runnable work) {
        preview.execute(work);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Runs {@code work} on the worker; {@code done} or {@code failed} is then called on the app's thread.
     */
    <T> void run(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, worker).whenComplete((result, error) -> app.execute(() -> {
            if (error == null) {
                done.accept(result);
            } else {
                failed.accept(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        }));
    }

    /** Runs {@code action} on the app's thread (from any thread). */
    void onApp(Runnable action) {
        app.execute(action);
    }

    /**
     * Runs {@code action} on the app's thread once {@code delayMs} have passed without another call
     * with the same {@code key}: re-checking and autosaving wait until typing pauses.
     */
    synchronized void debounce(String key, long delayMs, Runnable action) {
        if (timer == null) {
            action.run();
            return;
        }
        ScheduledFuture<?> before = pending.remove(key);
        if (before != null) {
            before.cancel(false);
        }
        pending.put(key, timer.schedule(() -> app.execute(action), delayMs, TimeUnit.MILLISECONDS));
    }
}
