package org.crisisdesk.common;

import java.util.Objects;

/**
 * Who performs a write. Every service call that changes data takes one, so the timeline and
 * the audit log always know the author.
 *
 * @param name the display name written to timelines (e.g. 王主管, or 命令行 (root) for subcommands)
 * @param role the role the actor acts with
 */
public record Actor(String name, Role role) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name is blank");
        }
    }

    /** The roles of the shared desk; the operators feature enforces them in the services. */
    public enum Role {
        SUPERVISOR, STAFF, VIEWER
    }

    /** The actor of a subcommand: {@code 命令行 (<system user>)}. */
    public static Actor commandLine(Messages messages) {
        return new Actor(messages.get("actor.commandLine", System.getProperty("user.name", "?")), Role.SUPERVISOR);
    }
}
