package org.reelwright.store;

import org.reelwright.report.DisclosureProfile;

/** Reads a disclosure profile (a festival's or a law's requirements, with their sources) from its file format. */
public interface DisclosureProfileFiles {

    /**
     * @param displayName used in error messages, e.g. {@code sundance.json}
     * @throws ProjectFileException naming the file and what is wrong in it
     */
    DisclosureProfile parse(byte[] content, String displayName) throws ProjectFileException;
}
