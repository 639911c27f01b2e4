package org.crisisdesk.cases;

import java.util.List;
import org.crisisdesk.common.UserException;

/** Input that cannot be saved; carries every field error so a form can mark each field. */
public final class ValidationException extends UserException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.get(0).key(), errors.get(0).args());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
