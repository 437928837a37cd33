package org.reelwright.ui.disclosure;

import java.util.List;
import org.reelwright.domain.ConsentId;
import org.reelwright.domain.ShotId;

/**
 * What the consent form starts with: an existing consent's id (null for a new one) and what it covers.
 *
 * @param voice whether it covers the AI voice work
 */
public record ConsentDraft(ConsentId id, List<ShotId> shots, boolean voice) {
    public ConsentDraft {
        shots = List.copyOf(shots);
    }
}
