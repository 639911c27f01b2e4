package org.crisisdesk.drafting;

import java.util.List;

/**
 * Where drafts get approved scripts from. The script library implements it once it lands; until
 * then {@link DefaultScriptSource} serves the seeded scripts. May be called off the FX thread.
 */
@FunctionalInterface
public interface ScriptSource {
    List<ScriptSnippet> approvedScripts();
}
