package org.crisisdesk.ui.operators;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.AuditEvent;
import org.crisisdesk.operators.AuditQuery;
import org.crisisdesk.operators.Fixture;
import org.crisisdesk.operators.Operator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view models with plain JUnit: same-thread executors, no toolkit. */
class ViewModelsTest {
    static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    Fixture f;
    final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    final AtomicReference<Actor> signedIn = new AtomicReference<>();

    @BeforeEach
    void open() {
        f = new Fixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void firstRun() {
        FirstRunViewModel vm = new FirstRunViewModel(f.operators, zh, NOW, NOW, signedIn::set);
        vm.nameProperty().set("王主管");
        vm.pinProperty().set("246810");
        vm.pinRepeatProperty().set("246811");
        vm.create();
        assertEquals(zh.get("operators.pinMismatch"), vm.errorProperty().get());
        vm.pinRepeatProperty().set("246810");
        vm.create();
        assertEquals(new Actor("王主管", Role.SUPERVISOR), signedIn.get());
        assertEquals("", vm.pinProperty().get(), "PIN cleared");
    }

    @Test
    void signInListsOperatorsAndCountsDownALockout() {
        Actor boss = f.operators.createFirstSupervisor("王主管", "246810".toCharArray());
        Operator li = f.operators.create(boss, "小李", Role.STAFF, "135790".toCharArray());
        SignInViewModel vm = new SignInViewModel(f.operators, zh, f.clock, NOW, NOW, signedIn::set);
        vm.prefer("小李");
        vm.refresh();
        assertEquals(2, vm.operators().size());
        assertEquals("小李", vm.selectedProperty().get().displayName());
        assertEquals("小李 · 客服", vm.label(vm.selectedProperty().get()));
        vm.signIn();
        assertTrue(vm.errorProperty().get().startsWith("PIN 须为"), vm.errorProperty().get());
        for (int i = 0; i < 5; i++) {
            vm.pinProperty().set("999999");
            vm.signIn();
        }
        assertTrue(vm.errorProperty().get().contains("5 分钟"), vm.errorProperty().get());
        assertEquals("已锁定,剩余 5:00", vm.lockoutProperty().get());
        f.clock.advance(Duration.ofMinutes(5));
        vm.tick();
        assertEquals("", vm.lockoutProperty().get());
        vm.pinProperty().set("135790");
        vm.signIn();
        assertEquals(new Actor("小李", Role.STAFF), signedIn.get());
        assertNotNull(li);
    }

    @Test
    void operatorsManagementIsForSupervisors() {
        Actor boss = f.operators.createFirstSupervisor("王主管", "246810".toCharArray());
        AtomicReference<Actor> current = new AtomicReference<>(new Actor("小李", Role.STAFF));
        OperatorsViewModel vm = new OperatorsViewModel(f.operators, zh, f.clock, current::get, NOW, NOW);
        vm.refresh();
        assertTrue(vm.statusProperty().get().contains("此操作仅限主管"), vm.statusProperty().get());
        current.set(boss);
        vm.newNameProperty().set("小李");
        vm.newRoleProperty().set(Role.VIEWER);
        vm.newPinProperty().set("135790");
        vm.add();
        assertEquals(zh.get("operators.saved"), vm.statusProperty().get());
        assertEquals(2, vm.operators().size());
        Operator li = vm.operators().stream().filter(o -> o.displayName().equals("小李")).findFirst().orElseThrow();
        assertEquals("在用", vm.statusText(li));
        vm.selectedProperty().set(li);
        vm.toggleActive();
        assertEquals("已停用", vm.statusText(vm.selectedProperty().get()));
        assertEquals("只读", vm.roleText(li.role()));
    }

    @Test
    void auditViewShowsDigestsAsChangedAndVerifies() {
        Actor boss = f.operators.createFirstSupervisor("王主管", "246810".toCharArray());
        f.audit.append(AuditEvent.of(boss, "CASE_EDIT").on("incident", 3).inCase(3L).field("description")
                .textChange("旧描述", "新描述"));
        AuditViewModel vm = new AuditViewModel(f.audit, zh, f.clock, () -> boss, NOW, NOW);
        vm.refresh();
        assertEquals(2, vm.records().size());
        assertEquals(java.util.List.of("", "CASE_EDIT", "FIRST_SUPERVISOR"), vm.actionChoices());
        assertEquals("设立首位主管", vm.actionLabel("FIRST_SUPERVISOR"));
        assertEquals("SOMETHING_NEW", vm.actionLabel("SOMETHING_NEW"));
        assertEquals("(已更改)", vm.display(vm.records().get(0).after()));
        vm.caseIdProperty().set("3");
        vm.search();
        assertEquals(1, vm.records().size());
        vm.caseIdProperty().set("");
        vm.fromProperty().set(LocalDate.of(2026, 3, 16));
        vm.search();
        assertEquals(0, vm.records().size());
        vm.verify();
        assertTrue(vm.verifyOkProperty().get());
        assertTrue(vm.verifyTextProperty().get().startsWith("审计日志完好:2 条记录"), vm.verifyTextProperty().get());
        f.jdbi().useHandle(h -> h.execute("UPDATE audit_entry SET field = 'title' WHERE seq = 2"));
        vm.verify();
        assertFalse(vm.verifyOkProperty().get());
        assertEquals("审计日志已被改动:第 2 条记录不符(内容被修改)。", vm.verifyTextProperty().get());
        AuditViewModel staffVm = new AuditViewModel(f.audit, zh, f.clock, () -> new Actor("小李", Role.STAFF), NOW, NOW);
        staffVm.search();
        assertTrue(staffVm.errorProperty().get().contains("查看审计日志"));
        assertEquals(AuditViewModel.LIMIT, vm.query().limit());
        assertNotNull(AuditQuery.all(1));
    }
}
