package org.crisisdesk.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.crisisdesk.checker.PhraseChecker;
import org.crisisdesk.common.Messages;
import org.crisisdesk.drafting.FakePhraseChecker;
import org.crisisdesk.ui.common.editor.AdaptiveCheckExecutor;
import org.crisisdesk.ui.common.editor.HighlightingEditor;

/**
 * Keystroke-to-highlight latency of {@link HighlightingEditor} on a 5,000-character draft.
 * Not JMH: the quantity is a UI round trip (key event → check → style spans painted → layout),
 * so the harness fires real KEY_TYPED events into a shown editor and times each one until the
 * hits for that text version are painted and the area is laid out again.
 *
 * <pre>
 * mvn -o -Pbench test-compile exec:exec -Dbench.main=org.crisisdesk.bench.EditorLatencyBenchmark -Dbench.args=2000
 * </pre>
 * Runs headless on Monocle unless {@code -Dbench.window=true}. {@code -Dbench.checker=CLASS} swaps
 * in another checker (public no-arg constructor), e.g. the real engine, whose cost adds directly.
 */
public final class EditorLatencyBenchmark {
    private static final String PARAGRAPH = "您好!感谢您对本商场的关注。您所反映的这起客诉目前已在积极处理中,我们正在积极与厂商沟通,"
            + "一定帮您妥善处理。如果您需要知晓最终处理结果,我们会以书面形式知会您。";
    private static final String BANNED = "这个是私单,退不了。我认为应该先核实。";

    private EditorLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int keys = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 2000;
        if (!Boolean.getBoolean("bench.window")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
        PhraseChecker checker = checker();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "phrase-check");
            t.setDaemon(true);
            return t;
        });
        for (int every : new int[] {8, 1}) {
            String draft = draft(5000, every);
            System.out.printf("%ndraft: %d chars, %d hits (banned sentence in every %d. paragraph); checker %s%n",
                    draft.length(), checker.check(draft).size(), every, checker.getClass().getSimpleName());
            System.out.printf("checker alone on the draft: %s%n", summary(checkerOnly(checker, draft, 2000)));
            if (Boolean.getBoolean("bench.baseline")) {
                run("no checker (baseline)", text -> List.of(), Runnable::run, draft, keys);
            }
            run("inline (Runnable::run)", checker, Runnable::run, draft, keys);
            run("background executor", checker, pool, draft, keys);
            run("adaptive (2 ms budget)", checker, new AdaptiveCheckExecutor(pool, java.time.Duration.ofMillis(2)),
                    draft, keys);
        }
        pool.shutdownNow();
        Platform.exit();
    }

    private static PhraseChecker checker() throws ReflectiveOperationException {
        String name = System.getProperty("bench.checker");
        if (name == null || name.isBlank()) {
            return new FakePhraseChecker();
        }
        return (PhraseChecker) Class.forName(name).getConstructor().newInstance();
    }

    private static String draft(int chars, int bannedEvery) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; b.length() < chars; p++) {
            b.append(PARAGRAPH).append(p % bannedEvery == 0 ? BANNED : "").append('\n');
        }
        return b.substring(0, chars);
    }

    private static List<Double> checkerOnly(PhraseChecker checker, String text, int runs) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            checker.check(text);
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return ms;
    }

    private static void run(String label, PhraseChecker checker, Executor executor, String draft, int keys)
            throws Exception {
        HighlightingEditor[] holder = new HighlightingEditor[1];
        onFx(() -> {
            HighlightingEditor editor = new HighlightingEditor(checker, executor, new Messages(Locale.SIMPLIFIED_CHINESE));
            Stage stage = new Stage();
            stage.setScene(new Scene(editor, 900, 600));
            stage.show();
            editor.setText(draft);
            editor.area().moveTo(draft.length() / 2);
            editor.area().requestFocus();
            holder[0] = editor;
        });
        HighlightingEditor editor = holder[0];
        AtomicLong waitingFor = new AtomicLong(-1);
        long[] t = new long[3]; // key event, hits painted, next pulse laid out
        CountDownLatch[] done = new CountDownLatch[1];
        editor.appliedVersionProperty().addListener((o, was, now) -> {
            if (now.longValue() == waitingFor.get()) {
                t[1] = System.nanoTime();
            }
        });
        // after CSS and layout of a pulse: what the next frame rasterises
        Runnable afterLayout = () -> {
            if (t[1] != 0 && t[2] == 0 && done[0] != null) {
                t[2] = System.nanoTime();
                done[0].countDown();
            }
        };
        onFx(() -> editor.getScene().addPostLayoutPulseListener(afterLayout));
        List<Double> painted = new ArrayList<>();
        List<Double> laidOut = new ArrayList<>();
        String typed = "我们正在核实这个是私单退不了的说法我认为";
        for (int i = 0; i < keys + 200; i++) {
            String ch = String.valueOf(typed.charAt(i % typed.length()));
            CountDownLatch latch = new CountDownLatch(1);
            onFx(() -> {
                if (editor.area().getLength() > 5600) {
                    editor.area().deleteText(editor.area().getCaretPosition() - 600, editor.area().getCaretPosition());
                }
                t[1] = 0;
                t[2] = 0;
                done[0] = latch;
                waitingFor.set(editor.textVersion() + 1);
                t[0] = System.nanoTime();
                editor.area().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, ch, ch, KeyCode.UNDEFINED,
                        false, false, false, false));
            });
            if (!latch.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no highlight for keystroke " + i);
            }
            if (i >= 200) { // the first 200 warm up the JIT
                painted.add((t[1] - t[0]) / 1e6);
                laidOut.add((t[2] - t[0]) / 1e6);
            }
        }
        System.out.printf("%-24s key -> hits painted  : %s%n", label, summary(painted));
        System.out.printf("%-24s key -> frame laid out: %s  (%d keys, %d chars)%n", label, summary(laidOut),
                laidOut.size(), editor.area().getLength());
        onFx(() -> editor.getScene().removePostLayoutPulseListener(afterLayout));
        onFx(() -> editor.getScene().getWindow().hide());
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                latch.countDown();
            }
        });
        latch.await();
    }

    private static String summary(List<Double> ms) {
        List<Double> s = new ArrayList<>(ms);
        Collections.sort(s);
        return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms, max %.2f ms", pct(s, 50), pct(s, 99),
                s.get(s.size() - 1));
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
