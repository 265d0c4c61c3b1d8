package org.greenlane.server.platform.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A record that does not exist, or exists in another organisation: the two are answered alike
 * (404) so that ids of other tenants cannot even be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String kind, Object id) {
        super("No " + kind + " with id " + id);
    }
}
