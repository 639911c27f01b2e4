package org.crisisdesk.operators;

import java.util.Objects;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.Messages;
import org.crisisdesk.common.UserException;

/**
 * Who may do what. Services call {@link #require(Actor, Action)} before they write, so a refused
 * action is refused whether it came from a button, a shortcut or a subcommand.
 */
public final class Permissions {
    private Permissions() {
    }

    /** Everything the desk checks. Each action names the lowest role allowed to do it. */
    public enum Action {
        VIEW_CASES(Role.VIEWER),
        EXPORT_REPORT(Role.VIEWER),
        CREATE_CASE(Role.STAFF),
        EDIT_CASE(Role.STAFF),
        ADD_MEDIA_CONTACT(Role.STAFF),
        ADD_ATTACHMENT(Role.STAFF),
        EDIT_DRAFT(Role.STAFF),
        WORK_CHECKLIST(Role.STAFF),
        REVEAL_PERSONAL_DATA(Role.STAFF),
        CHANGE_OWN_PIN(Role.VIEWER),
        APPROVE_SCRIPT(Role.SUPERVISOR),
        OVERRIDE_FINAL(Role.SUPERVISOR),
        EDIT_RULES(Role.SUPERVISOR),
        EDIT_TEMPLATES(Role.SUPERVISOR),
        EDIT_SCRIPTS(Role.SUPERVISOR),
        IMPORT_SCRIPT_PACK(Role.SUPERVISOR),
        EDIT_SETTINGS(Role.SUPERVISOR),
        MANAGE_OPERATORS(Role.SUPERVISOR),
        DELETE_CASE(Role.SUPERVISOR),
        RESTORE_CASE(Role.SUPERVISOR),
        VIEW_AUDIT(Role.SUPERVISOR),
        // a backup holds unmasked personal data: the roles that may reveal it may take one
        CREATE_BACKUP(Role.STAFF),
        RESTORE_BACKUP(Role.SUPERVISOR),
        ERASE_PERSONAL_DATA(Role.SUPERVISOR);

        private final Role minimum;

        Action(Role minimum) {
            this.minimum = minimum;
        }

        /** The lowest role that may do this; higher roles may too. */
        public Role minimumRole() {
            return minimum;
        }

        /** The bundle key of this action's label, e.g. {@code permission.action.CREATE_CASE}. */
        public String labelKey() {
            return "permission.action." + name();
        }
    }

    /** Whether the role may do the action (roles are ordered VIEWER < STAFF < SUPERVISOR). */
    public static boolean allows(Role role, Action action) {
        return rank(role) >= rank(action.minimumRole());
    }

    public static boolean allows(Actor actor, Action action) {
        return actor != null && allows(actor.role(), action);
    }

    /**
     * Refuses with {@code UserException("permission.denied", actionLabel, requiredRoleLabel,
     * actorRoleLabel)} when the actor may not do the action. Labels use the desk's language.
     */
    public static void require(Actor actor, Action action) {
        require(actor, action, Messages.forDefaultLocale());
    }

    /** As {@link #require(Actor, Action)}, with labels from the given messages. */
    public static void require(Actor actor, Action action, Messages messages) {
        Objects.requireNonNull(action, "action");
        if (allows(actor, action)) {
            return;
        }
        String who = actor == null ? messages.get("role.NONE") : roleLabel(actor.role(), messages);
        throw new UserException("permission.denied", messages.get(action.labelKey()),
                messages.get("role.atLeast." + action.minimumRole().name()), who);
    }

    public static String roleLabel(Role role, Messages messages) {
        return messages.get("role." + role.name());
    }

    private static int rank(Role role) {
        return switch (role) {
            case VIEWER -> 0;
            case STAFF -> 1;
            case SUPERVISOR -> 2;
        };
    }
}
