package org.reelwright.store;

import org.reelwright.domain.Production;

/**
 * Turns a whole production into bytes and back, for snapshots and exports kept inside other stores (the workspace
 * keeps its version history as such blobs). Implemented by the project-file format, so the workspace needs no file
 * format library of its own.
 */
public interface ProductionCodec {

    byte[] encode(Production production);

    Production decode(byte[] content, String displayName) throws ProjectFileException;
}
