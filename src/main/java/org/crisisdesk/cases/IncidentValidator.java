package org.crisisdesk.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Checks form input before anything is written; every problem is reported, not only the first. */
public final class IncidentValidator {
    public static final int TITLE_MAX = 200;
    public static final int NAME_MAX = 100;
    public static final int OUTLET_MAX = 200;
    public static final int LONG_TEXT_MAX = 100_000;
    /** Clocks of people and PCs drift; a time a minute ahead is still "now". */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(1);

    private IncidentValidator() {
    }

    public static void check(NewIncident in, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "storeCode", in.storeCode());
        requiredText(errors, "title", in.title(), TITLE_MAX);
        maxLength(errors, "customerName", in.customerName(), NAME_MAX);
        phone(errors, "customerPhone", in.customerPhone());
        maxLength(errors, "description", in.description(), LONG_TEXT_MAX);
        maxLength(errors, "responsible", in.responsible(), NAME_MAX);
        if (in.severity() == null) {
            errors.add(new FieldError("severity", "validation.required"));
        }
        notFuture(errors, "discoveredAt", in.discoveredAt(), now);
        throwIfAny(errors);
    }

    /** @param previousDeadline the stored deadline when editing, so an unchanged past deadline stays allowed */
    public static void check(NewMediaContact c, Instant now, Instant previousDeadline) {
        List<FieldError> errors = new ArrayList<>();
        requiredText(errors, "outlet", c.outlet(), OUTLET_MAX);
        if (c.kind() == null) {
            errors.add(new FieldError("mediaKind", "validation.required"));
        }
        if (c.medium() == null) {
            errors.add(new FieldError("medium", "validation.required"));
        }
        if (c.reach() == null) {
            errors.add(new FieldError("reach", "validation.required"));
        }
        maxLength(errors, "journalistName", c.journalistName(), NAME_MAX);
        phone(errors, "journalistPhone", c.journalistPhone());
        maxLength(errors, "interviewOutline", c.interviewOutline(), LONG_TEXT_MAX);
        if (c.receivedAt() == null) {
            errors.add(new FieldError("receivedAt", "validation.required"));
        } else {
            notFuture(errors, "receivedAt", c.receivedAt(), now);
        }
        Instant deadline = c.journalistDeadline();
        if (deadline != null && deadline.isBefore(now) && !deadline.equals(previousDeadline)) {
            errors.add(new FieldError("journalistDeadline", "validation.deadlinePast"));
        }
        throwIfAny(errors);
    }

    static void checkField(IncidentField field, Object value, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String name = field.name();
        switch (field) {
            case TITLE -> requiredText(errors, name, (String) value, TITLE_MAX);
            case STORE -> required(errors, name, (String) value);
            case CUSTOMER_NAME, RESPONSIBLE -> maxLength(errors, name, (String) value, NAME_MAX);
            case CUSTOMER_PHONE -> phone(errors, name, (String) value);
            case DESCRIPTION -> maxLength(errors, name, (String) value, LONG_TEXT_MAX);
            case DISCOVERED_AT -> notFuture(errors, name, (Instant) value, now);
            case SEVERITY, HONORIFIC -> {
                if (value == null) {
                    errors.add(new FieldError(name, "validation.required"));
                }
            }
            default -> maxLength(errors, name, value instanceof String s ? s : null, NAME_MAX);
        }
        throwIfAny(errors);
    }

    private static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "validation.required"));
        }
    }

    private static void requiredText(List<FieldError> errors, String field, String value, int max) {
        required(errors, field, value);
        maxLength(errors, field, value, max);
    }

    private static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max, value.length()));
        }
    }

    private static void phone(List<FieldError> errors, String field, String value) {
        if (value != null && !value.isBlank() && !Phones.isValid(value)) {
            errors.add(new FieldError(field, "validation.phone"));
        }
    }

    private static void notFuture(List<FieldError> errors, String field, Instant value, Instant now) {
        if (value != null && value.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldError(field, "validation.future"));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
