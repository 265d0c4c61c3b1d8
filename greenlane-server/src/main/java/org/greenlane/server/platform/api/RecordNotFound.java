package org.greenlane.server.platform.api;

/**
 * A record that does not exist, or exists in another organisation: the two are answered alike
 * (404) so that ids of other tenants cannot even be probed.
 */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String kind, Object id) {
        super("No " + kind + " with id " + id);
    }
}
