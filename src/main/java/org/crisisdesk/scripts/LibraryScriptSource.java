package org.crisisdesk.scripts;

import java.util.List;
import java.util.function.Function;
import org.crisisdesk.drafting.ScriptSnippet;
import org.crisisdesk.drafting.ScriptSource;

/**
 * The drafting workspace's scripts from the library: approved scripts only, read fresh on each
 * call (off the FX thread). The snippet id is the script's stable code, so
 * {@link ScriptService#recordUse(String)} can count an insertion.
 */
public final class LibraryScriptSource implements ScriptSource {
    private final ScriptService service;
    private final Function<Scenario, String> scenarioLabel;

    /** @param scenarioLabel the scenario as shown next to a title, e.g. {@code s -> messages.get(s.labelKey())} */
    public LibraryScriptSource(ScriptService service, Function<Scenario, String> scenarioLabel) {
        this.service = service;
        this.scenarioLabel = scenarioLabel;
    }

    public LibraryScriptSource(ScriptService service) {
        this(service, Scenario::term);
    }

    @Override
    public List<ScriptSnippet> approvedScripts() {
        return service.list().stream().filter(Script::approved)
                .map(s -> new ScriptSnippet(s.code(), s.title(), scenarioLabel.apply(s.scenario()), s.body()))
                .toList();
    }
}
