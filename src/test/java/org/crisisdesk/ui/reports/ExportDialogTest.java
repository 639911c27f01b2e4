package org.crisisdesk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.crisisdesk.reports.assembly.ReportDb;
import org.crisisdesk.reports.pdf.ReportFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Journey 4 at the desk: export the case report in the background, cancel, open the folder. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path dir;
    ReportDb db;
    ReportFonts fonts;
    Stage owner;
    long caseId;
    final List<Path> opened = new ArrayList<>();
    final List<Runnable> held = new ArrayList<>();
    final ExecutorService worker = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        db = new ReportDb(dir.resolve("data"));
        fonts = new ReportFonts();
        caseId = db.journeyCase();
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
        fonts.close();
        db.close();
    }

    private ExportDialog dialog(java.util.concurrent.Executor background, Path file, Path folder) {
        return new ExportDialog(db.exports(fonts), () -> ReportDb.SUPERVISOR, background, opened::add,
                w -> Optional.of(file), w -> Optional.of(folder), db.messages);
    }

    private static Button button(Stage s, String text) {
        return s.getScene().getRoot().lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static boolean showsText(Stage s, String part) {
        return s.getScene().getRoot().lookupAll(".label").stream().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).anyMatch(t -> t != null && t.contains(part));
    }

    @Test
    void exportsInTheBackgroundAndOpensTheFolder(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out")).resolve("case.pdf");
        Stage[] s = new Stage[1];
        robot.interact(() -> s[0] = dialog(worker, out, null).showForCase(owner, caseId, "SH01-2026-0001"));
        robot.interact(() -> button(s[0], "导出").fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !button(s[0], "打开文件夹").isDisabled());
        assertTrue(Files.size(out) > 10_000);
        assertTrue(showsText(s[0], "已导出 1 个文件"));
        robot.interact(() -> button(s[0], "打开文件夹").fire());
        assertEquals(List.of(out.getParent()), opened);
        robot.interact(() -> s[0].close());
    }

    @Test
    void cancelBeforeTheExportRunsLeavesNoFile(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Stage[] s = new Stage[1];
        ExportDialog d = dialog(held::add, folder.resolve("x.pdf"), folder);
        robot.interact(() -> s[0] = d.showForCases(owner, List.of(caseId, caseId)));
        robot.interact(() -> button(s[0], "导出").fire());
        assertEquals(1, held.size(), "the task waits in the executor");
        robot.interact(() -> button(s[0], "取消").fire());
        assertTrue(showsText(s[0], "正在取消"));
        worker.execute(held.get(0)); // now it runs, sees the request at its first check and stops
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> showsText(s[0], "导出已取消"));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }
        assertFalse(button(s[0], "关闭").isDisabled());
        assertTrue(opened.isEmpty());
        robot.interact(() -> s[0].close());
    }

    @Test
    void anUnwritableTargetShowsTheMessage(FxRobot robot) throws Exception {
        Path out = dir.resolve("missing").resolve("case.pdf");
        Stage[] s = new Stage[1];
        robot.interact(() -> s[0] = dialog(worker, out, null).showForCase(owner, caseId, "SH01-2026-0001"));
        robot.interact(() -> button(s[0], "导出").fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> showsText(s[0], "无法写入报告文件"));
        assertFalse(Files.exists(out));
        assertTrue(button(s[0], "打开文件夹").isDisabled());
        robot.interact(() -> s[0].close());
    }

    @Test
    void summaryOfLastMonthForAllStores(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out")).resolve("summary.pdf");
        db.clock.set(ReportDb.at(30, 9, 0)); // the journey case is in November; pick November explicitly below
        SummaryExportDialog d = new SummaryExportDialog(db.exports(fonts), () -> ReportDb.SUPERVISOR, worker,
                opened::add, w -> Optional.of(out), db.messages, db.clock);
        Stage[] s = new Stage[1];
        robot.interact(() -> {
            s[0] = d.show(owner, new org.crisisdesk.settings.SettingsRepository(db.jdbi).stores());
            var pickers = s[0].getScene().getRoot().lookupAll(".date-picker").stream()
                    .map(javafx.scene.control.DatePicker.class::cast).toList();
            pickers.get(0).setValue(java.time.LocalDate.of(2026, 11, 1));
            pickers.get(1).setValue(java.time.LocalDate.of(2026, 11, 30));
        });
        robot.interact(() -> button(s[0], "导出").fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !button(s[0], "打开文件夹").isDisabled());
        assertTrue(Files.size(out) > 10_000);
        robot.interact(() -> button(s[0], "打开文件夹").fire());
        assertEquals(List.of(out.getParent()), opened);
        robot.interact(() -> s[0].close());
    }
}
