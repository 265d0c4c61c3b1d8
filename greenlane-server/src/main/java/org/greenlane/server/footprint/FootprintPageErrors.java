package org.greenlane.server.footprint;

import jakarta.servlet.http.HttpServletResponse;
import org.greenlane.server.platform.api.RecordNotFound;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;

/** A record that does not exist, or belongs to another organisation, is the same 404 page (decision 004). */
@ControllerAdvice(assignableTypes = FootprintPage.class)
class FootprintPageErrors {

    @ExceptionHandler(RecordNotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
