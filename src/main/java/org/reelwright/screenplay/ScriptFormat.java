package org.reelwright.screenplay;

import java.util.Locale;

/** The screenplay file formats Reelwright reads, recognised by file name extension. */
public enum ScriptFormat {
    /** Plain-text Fountain (fountain.io); {@code .spmd} and {@code .txt} are its older and generic names. */
    FOUNTAIN,
    /** Final Draft's XML format. */
    FDX;

    /** What the "wrong extension" message lists, in the order a user would look for them. */
    /** The formats Reelwright imports, in words: ".fountain, .spmd, .txt (Fountain) or .fdx (Final Draft)". */
    static final org.reelwright.domain.Phrase ACCEPTED = ScreenplayException.words("format.accepted");

    /**
     * The format a file name says it has.
     *
     * @throws ScreenplayException when the extension is missing or names a format Reelwright cannot read, saying
     *         which ones it can (and, for common word-processor and PDF files, how to get there)
     */
    public static ScriptFormat forFileName(String fileName) throws ScreenplayException {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        switch (extension) {
            case "fountain", "spmd", "txt":
                return FOUNTAIN;
            case "fdx":
                return FDX;
            case "":
                throw new ScreenplayException(fileName, ScreenplayException.words("format.noExtension",
                        ACCEPTED));
            case "pdf", "doc", "docx", "odt", "rtf", "pages", "celtx", "fadein", "highland", "wdz":
                throw new ScreenplayException(fileName, ScreenplayException.words("format.exportFirst",
                        extension, ACCEPTED));
            default:
                throw new ScreenplayException(fileName, ScreenplayException.words("format.unknown",
                        extension, ACCEPTED));
        }
    }
}
