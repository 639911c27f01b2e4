package org.crisisdesk.checklist;

import java.util.List;

/**
 * An escalation route as step 2 shows it.
 *
 * @param name e.g. 区域企划部 + 区域营运部 route's name
 * @param departments the departments to report to
 * @param people whom to call, from the contact directory
 */
public record RouteInfo(String name, List<String> departments, List<Person> people) {
    public RouteInfo {
        departments = List.copyOf(departments);
        people = List.copyOf(people);
    }

    public record Person(String department, String name, String title, String phone) {
    }
}
