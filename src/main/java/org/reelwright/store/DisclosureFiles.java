package org.reelwright.store;

import java.nio.file.Path;
import org.reelwright.domain.Production;

/**
 * The disclosure register and the shot disclosure map as files for a line producer, an insurer or a festival
 * (issue 16): written atomically, from a production whose register is reconciled with its plan.
 */
public interface DisclosureFiles {

    /** Every shot with its timecodes, AI contribution and share of the frame. */
    void exportShotMap(Production production, Path file) throws ProjectFileException;

    /** Every register entry and every consent. */
    void exportRegister(Production production, Path file) throws ProjectFileException;
}
