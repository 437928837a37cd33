package org.reelwright.ui.common;

import java.util.EnumSet;
import java.util.Set;
import org.reelwright.estimate.FlagCode;

/**
 * The flags a disclosure panel closes: a consent missing or signed after the AI work, the rights to what AI makes,
 * and the stage-level likeness consent. Shared by the Risks panel (which offers the way there) and the disclosure
 * panel (which lists them as what is missing), so the two never disagree about which flags are the disclosure's.
 */
public final class DisclosureFlags {
    public static final Set<FlagCode> CODES = Set.copyOf(EnumSet.of(FlagCode.AI_CONSENT_MISSING,
            FlagCode.AI_CONSENT_LATE, FlagCode.AI_RIGHTS_UNCLEAR, FlagCode.AI_LIKENESS_CONSENT));

    private DisclosureFlags() {
    }
}
