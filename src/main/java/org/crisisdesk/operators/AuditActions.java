package org.crisisdesk.operators;

/**
 * The action names written to the audit log. Other packages may use their own names; these are
 * the ones the operators package writes, plus the suggested vocabulary for case services so the
 * audit view's action filter stays short.
 */
public final class AuditActions {
    public static final String FIRST_SUPERVISOR = "FIRST_SUPERVISOR";
    public static final String OPERATOR_CREATE = "OPERATOR_CREATE";
    public static final String OPERATOR_ENABLE = "OPERATOR_ENABLE";
    public static final String OPERATOR_DISABLE = "OPERATOR_DISABLE";
    public static final String OPERATOR_ROLE = "OPERATOR_ROLE";
    public static final String OPERATOR_PIN_SET = "OPERATOR_PIN_SET";
    public static final String OPERATOR_PIN_CHANGE = "OPERATOR_PIN_CHANGE";
    public static final String OPERATOR_LOCKOUT_LIFT = "OPERATOR_LOCKOUT_LIFT";
    public static final String SIGN_IN = "SIGN_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGN_IN_LOCKED_OUT = "SIGN_IN_LOCKED_OUT";
    public static final String SIGN_IN_REFUSED = "SIGN_IN_REFUSED";
    public static final String DESK_LOCKED = "DESK_LOCKED";
    public static final String REVEAL_PERSONAL_DATA = "REVEAL_PERSONAL_DATA";
    public static final String ERASE_PERSONAL_DATA = "ERASE_PERSONAL_DATA";
    public static final String BACKUP_RESTORED = "BACKUP_RESTORED";
    public static final String BACKUP_CREATED = "BACKUP_CREATED";
    /** A staff member or supervisor found cases by a whole phone number or name (not a reveal). */
    public static final String SEARCH_PERSONAL_DATA = "SEARCH_PERSONAL_DATA";
    /** Suggested for the case services. */
    public static final String CASE_CREATE = "CASE_CREATE";
    public static final String CASE_EDIT = "CASE_EDIT";
    public static final String CASE_DELETE = "CASE_DELETE";
    public static final String CASE_RESTORE = "CASE_RESTORE";
    /** Drafting (drafting.DraftService). A save is recorded only when autosave keeps a version. */
    public static final String DRAFT_CREATE = "DRAFT_CREATE";
    public static final String DRAFT_SAVE = "DRAFT_SAVE";
    public static final String DRAFT_RENAME = "DRAFT_RENAME";
    public static final String DRAFT_RESTORE = "DRAFT_RESTORE";
    public static final String DRAFT_FINAL = "DRAFT_FINAL";
    public static final String DRAFT_OVERRIDE = "DRAFT_OVERRIDE";
    /** The checklist of a case (checklist.ChecklistService) and its templates (TemplateService). */
    public static final String STEP_COMPLETE = "STEP_COMPLETE";
    public static final String STEP_SKIP = "STEP_SKIP";
    public static final String STEP_REOPEN = "STEP_REOPEN";
    public static final String STEP_RECORD = "STEP_RECORD";
    public static final String CHECKLIST_EDIT = "CHECKLIST_EDIT";
    public static final String TEMPLATE_EDIT = "TEMPLATE_EDIT";
    /** The script library (scripts.ScriptService, PackService). */
    public static final String SCRIPT_CREATE = "SCRIPT_CREATE";
    public static final String SCRIPT_EDIT = "SCRIPT_EDIT";
    public static final String SCRIPT_APPROVE = "SCRIPT_APPROVE";
    public static final String SCRIPT_RETIRE = "SCRIPT_RETIRE";
    public static final String SCRIPT_IMPORT = "SCRIPT_IMPORT";
    /** Phrase-checker rules (checker.RuleService). */
    public static final String RULE_ADD = "RULE_ADD";
    public static final String RULE_EDIT = "RULE_EDIT";
    public static final String RULE_DELETE = "RULE_DELETE";
    public static final String RULE_IMPORT = "RULE_IMPORT";
    /**
     * Company, stores, reference data, special periods and app settings. The settings package
     * writes this name itself (it cannot see operators, which reads settings).
     */
    public static final String SETTING_CHANGE = "SETTING_CHANGE";

    private AuditActions() {
    }
}
