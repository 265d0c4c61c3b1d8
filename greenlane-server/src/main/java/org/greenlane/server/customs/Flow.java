package org.greenlane.server.customs;

/** Direction of the goods; the trader of a declaration is the importer or the exporter accordingly. */
public enum Flow {
    IMPORT, EXPORT
}
