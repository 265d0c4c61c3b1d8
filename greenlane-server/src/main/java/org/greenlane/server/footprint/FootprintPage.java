package org.greenlane.server.footprint;

/** Marks the footprint capability's page controllers, so a missing or foreign record answers the 404 page. */
public interface FootprintPage {
}
