package org.greenlane.server.platform.web;

import org.greenlane.server.platform.identity.Actor;

import java.util.Map;

/**
 * A capability's contribution to the landing page. Capabilities implement this, the platform
 * only collects the panels, so the platform never depends on a capability.
 */
public interface DashboardPanel {

    /** Lower comes first. */
    int order();

    boolean visibleTo(Actor actor);

    /** Thymeleaf fragment expression, e.g. {@code footprint/panels :: products}. */
    String fragment();

    Map<String, Object> model(Actor actor);

    record Shown(String fragment, Map<String, Object> model) {
    }
}
