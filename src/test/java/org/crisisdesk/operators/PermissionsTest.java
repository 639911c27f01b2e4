package org.crisisdesk.operators;

import static org.junit.jupiter.api.Assertions.*;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;
import org.crisisdesk.operators.Permissions.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PermissionsTest {
    private static final Set<Action> VIEWER = EnumSet.of(Action.VIEW_CASES, Action.EXPORT_REPORT, Action.CHANGE_OWN_PIN);
    private static final Set<Action> STAFF_ONLY = EnumSet.of(Action.CREATE_CASE, Action.EDIT_CASE,
            Action.ADD_MEDIA_CONTACT, Action.ADD_ATTACHMENT, Action.EDIT_DRAFT, Action.WORK_CHECKLIST,
            Action.REVEAL_PERSONAL_DATA, Action.CREATE_BACKUP);
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Messages en = new Messages(Locale.ENGLISH);

    /** Every role × action: viewers read, staff work cases, supervisors do everything. */
    @ParameterizedTest
    @EnumSource(Action.class)
    void everyRoleAndAction(Action action) {
        boolean viewer = VIEWER.contains(action);
        boolean staff = viewer || STAFF_ONLY.contains(action);
        assertEquals(viewer, Permissions.allows(Role.VIEWER, action), "viewer " + action);
        assertEquals(staff, Permissions.allows(Role.STAFF, action), "staff " + action);
        assertTrue(Permissions.allows(Role.SUPERVISOR, action), "supervisor " + action);
        for (Role role : Role.values()) {
            Actor actor = new Actor("某人", role);
            if (Permissions.allows(role, action)) {
                assertDoesNotThrow(() -> Permissions.require(actor, action, zh));
            } else {
                UserException e = assertThrows(UserException.class, () -> Permissions.require(actor, action, zh));
                assertEquals("permission.denied", e.key());
                assertEquals(zh.get(action.labelKey()), e.args()[0]);
                assertFalse(((String) e.args()[0]).startsWith("permission."), "label missing for " + action);
                assertEquals(zh.get("role.atLeast." + action.minimumRole()), e.args()[1]);
            }
        }
    }

    @Test
    void refusalSaysWhyAndWhoMay() {
        UserException e = assertThrows(UserException.class,
                () -> Permissions.require(new Actor("小李", Role.STAFF), Action.APPROVE_SCRIPT, zh));
        assertEquals("当前角色(客服)不能批准话术。此操作仅限主管。", e.localized(zh));
        UserException v = assertThrows(UserException.class,
                () -> Permissions.require(new Actor("Ann", Role.VIEWER), Action.EDIT_CASE, en));
        assertEquals("Your role (Viewer) cannot edit a case. Only staff or a supervisor may do this.", v.localized(en));
    }

    @Test
    void noActorIsRefused() {
        assertThrows(UserException.class, () -> Permissions.require(null, Action.VIEW_CASES, zh));
    }

    @Test
    void everyActionHasLabelsInBothLanguages() {
        for (Action a : Action.values()) {
            assertTrue(zh.has(a.labelKey()), a.name());
            assertTrue(en.has(a.labelKey()), a.name());
        }
    }
}
