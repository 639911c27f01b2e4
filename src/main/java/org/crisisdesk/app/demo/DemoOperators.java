package org.crisisdesk.app.demo;

import java.util.ArrayList;
import java.util.List;
import org.crisisdesk.app.Desk;
import org.crisisdesk.common.Actor;
import org.crisisdesk.common.Actor.Role;
import org.crisisdesk.common.UserException;

/**
 * The demo's operators, with PINs printed by {@code demo} and listed in README. Only ever created
 * in a database that has no operator yet, so a real desk never gains a known PIN.
 */
public final class DemoOperators {
    public static final String SUPERVISOR = "王主管";
    public static final String SUPERVISOR_PIN = "246810";
    public static final String STAFF = "陈晓";
    public static final String STAFF_PIN = "135792";
    public static final String VIEWER = "访客";
    public static final String VIEWER_PIN = "864200";

    private DemoOperators() {
    }

    /** Who the demo data set is written by: the demo supervisor, created by {@link #create}. */
    public static Actor author() {
        return new Actor(SUPERVISOR, Role.SUPERVISOR);
    }

    /** Demo data goes only into a database without operators. */
    public static void refuseUnlessEmpty(Desk desk) {
        if (!desk.operators().isFirstRun()) {
            throw new UserException("demo.hasOperators");
        }
    }

    /** Creates the three demo operators; returns "name (role) PIN" lines for the console. */
    public static List<String> create(Desk desk) {
        Actor sup = desk.operators().createFirstSupervisor(SUPERVISOR, SUPERVISOR_PIN.toCharArray());
        desk.operators().create(sup, STAFF, Role.STAFF, STAFF_PIN.toCharArray());
        desk.operators().create(sup, VIEWER, Role.VIEWER, VIEWER_PIN.toCharArray());
        List<String> lines = new ArrayList<>();
        lines.add(SUPERVISOR + " " + SUPERVISOR_PIN);
        lines.add(STAFF + " " + STAFF_PIN);
        lines.add(VIEWER + " " + VIEWER_PIN);
        return lines;
    }
}
