package org.greenlane.core.customs.model;

/** A model version's place: the champion decides lanes, challengers are scored alongside and compared. */
public enum ModelRole {
    CHAMPION, CHALLENGER, RETIRED
}
