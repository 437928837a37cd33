package org.reelwright.cli;

/**
 * Marks a command built with the app's {@link org.reelwright.app.ProductionDocuments} through a constructor taking
 * it, so commands get their services by injection rather than from a static locator.
 */
interface CommandWithDocuments {
}
