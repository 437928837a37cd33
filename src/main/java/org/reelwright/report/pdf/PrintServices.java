package org.reelwright.report.pdf;

import java.util.Arrays;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/** Finds a print service by its name: this computer's printers, or in tests a stream that writes PostScript. */
@FunctionalInterface
interface PrintServices {

    Optional<PrintService> named(String printerName);

    /**
     * The printers of this computer. JavaFX's own printers are these very services (its {@code J2DPrinter} wraps
     * each one and takes its name from it), so the name the JavaFX dialog returns is found here.
     */
    static PrintServices system() {
        return printerName -> Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(service -> service.getName().equals(printerName))
                .findFirst();
    }
}
