package org.crisisdesk.app.single;

/** What a command printed and returned, carried back to the second launch. */
public record CommandReply(int exitCode, String out, String err) {
}
