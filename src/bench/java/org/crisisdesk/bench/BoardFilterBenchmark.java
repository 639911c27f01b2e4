package org.crisisdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.crisisdesk.app.demo.DemoGenerator;
import org.crisisdesk.app.demo.DemoScenarios;
import org.crisisdesk.cases.CaseQueries;
import org.crisisdesk.settings.SettingsRepository;
import org.crisisdesk.settings.Store;
import org.crisisdesk.store.Database;
import org.crisisdesk.store.DatabaseConfig;
import org.crisisdesk.ui.DeskFixture;
import org.crisisdesk.ui.board.BoardViewModel;

/**
 * The FX thread's share of a filter keystroke on the real desk: a letter that matches no open case
 * is typed into the board's search field and deleted again, and each keystroke is timed from the
 * text change to the end of the layout pass of the pulse that shows its result (what the next frame
 * rasterises; the drawing itself is {@code desk-probe.sh}'s). A steadier figure than the probe's
 * because it runs hundreds of keystrokes in one process, for comparing changes to the card.
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec -Dbench.main=org.crisisdesk.bench.BoardFilterBenchmark \
 *     -Dbench.args="--dir target/bench-board --incidents 50000 --keys 200" -Dbench.jvm="-XX:+UseSerialGC -Xmx512m"
 * </pre>
 * Headless (Monocle, software rendering) unless {@code -Dbench.window=true}. The first run fills the
 * folder (a supervisor 王主管, then the incidents), later runs reuse it.
 */
public final class BoardFilterBenchmark {
    private BoardFilterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/bench-board");
        int incidents = 50_000;
        int keys = 200;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--incidents" -> incidents = Integer.parseInt(args[i + 1]);
                case "--keys" -> keys = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Boolean.getBoolean("bench.window")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1600x1000-32"); // the desk window is 1440×900
        }
        Path data = dir.toAbsolutePath();
        Files.createDirectories(data);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);

        // the first start creates the supervisor the fixture signs in as; the cases come after
        DeskFixture first = onFx(() -> DeskFixture.sized(new Stage(), data, Clock.systemDefaultZone(), 1440, 900, false));
        first.close();
        try (Database db = Database.open(DatabaseConfig.h2(data))) {
            int existing = new CaseQueries(db.jdbi()).countAll();
            if (existing < incidents) {
                List<String> stores = new SettingsRepository(db.jdbi()).stores().stream().map(Store::code).toList();
                ZoneId zone = ZoneId.of("Asia/Shanghai");
                new BulkLoader(db.dataSource(), zone).load(new DemoGenerator(DemoScenarios.load(), stores,
                        Clock.system(zone).instant(), 42, 0.02, 0.4), incidents - existing);
            }
        }

        Stage stage = onFx(Stage::new);
        DeskFixture desk = onFx(() -> DeskFixture.sized(stage, data, Clock.systemDefaultZone(), 1440, 900, true));
        BoardViewModel board = desk.window().board();
        waitFor(() -> onFx(() -> board.visible().size() > 0));
        int open = onFx(() -> board.visible().size());
        Thread.sleep(2000); // the countdowns start, the closed column arrives
        Scene scene = onFx(stage::getScene);
        TextField search = onFx(() -> (TextField) scene.lookup("#board-search"));
        System.out.printf("JVM %s, %d CPUs, %s; %d open cases shown%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(), open);

        List<Double> emptied = new ArrayList<>();
        List<Double> filled = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            boolean type = k % 2 == 0;
            double ms = keystroke(scene, () -> {
                if (type) {
                    search.appendText("x");
                } else {
                    search.deleteText(search.getLength() - 1, search.getLength());
                }
            });
            if (k >= 20) { // JIT warm-up
                (type ? emptied : filled).add(ms);
            }
            Thread.sleep(400); // a person's pace: the closed-case search starts, the next key cancels it
        }
        System.out.printf("keystroke -> laid out, to empty columns: %s%n", summary(emptied));
        System.out.printf("keystroke -> laid out, all %d open cards back: %s%n", open, summary(filled));
        desk.close();
        Platform.exit();
    }

    /** ms from the change (made on the FX thread) to the end of the layout pass that shows it. */
    private static double keystroke(Scene scene, Runnable change) throws Exception {
        CountDownLatch laidOut = new CountDownLatch(1);
        long[] t = new long[2];
        Runnable listener = new Runnable() {
            @Override
            public void run() {
                t[1] = System.nanoTime();
                scene.removePostLayoutPulseListener(this);
                laidOut.countDown();
            }
        };
        Platform.runLater(() -> {
            t[0] = System.nanoTime();
            change.run();
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        if (!laidOut.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse within 10 s");
        }
        return (t[1] - t[0]) / 1e6;
    }

    private static String summary(List<Double> ms) {
        if (ms.isEmpty()) {
            return "-";
        }
        return String.format("median %.1f ms, p90 %.1f ms, min %.1f, max %.1f (n=%d)", BoardBenchmark.percentile(ms, 0.5),
                BoardBenchmark.percentile(ms, 0.9), BoardBenchmark.percentile(ms, 0), BoardBenchmark.percentile(ms, 1),
                ms.size());
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    private static <T> T onFx(FxCall<T> call) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        for (int i = 0; i < 600 && !check.ok(); i++) {
            Thread.sleep(100);
        }
    }
}
