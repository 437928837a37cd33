package org.reelwright.store;

import org.reelwright.benchmark.BenchmarkLibrary;

/** Reads the benchmark library from its file format. */
public interface BenchmarkLibraryFiles {

    /**
     * @param displayName used in error messages, e.g. {@code benchmarks.json}
     * @throws ProjectFileException naming the file and the entry or field that is wrong
     */
    BenchmarkLibrary parse(byte[] content, String displayName) throws ProjectFileException;
}
