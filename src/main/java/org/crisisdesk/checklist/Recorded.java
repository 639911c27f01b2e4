package org.crisisdesk.checklist;

import java.util.Map;
import java.util.stream.Collectors;

/** What was recorded on a step, as one readable line for the timeline. */
public final class Recorded {
    private Recorded() {
    }

    /** {@code 上报对象:区域企划部 李经理;上报方式:电话}. */
    public static String describe(Map<String, String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";"));
    }
}
