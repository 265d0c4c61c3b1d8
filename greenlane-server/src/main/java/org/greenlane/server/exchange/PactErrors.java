package org.greenlane.server.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.greenlane.server.exchange.internal.pact.PactJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Errors on the PACT paths ({@code /3/**}) are PACT Error objects {@code {code, message}}, not the
 * problem+json of the rest of the API: for authentication (missing, invalid or expired token), for
 * refused scopes, and, as a filter, for everything the container or Spring MVC would otherwise answer
 * with an error page (unknown path, wrong method, oversized request, an unexpected failure).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PactErrors extends OncePerRequestFilter implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(PactErrors.class);

    static boolean isPactPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals("/3") || path.startsWith("/3/");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        boolean sentToken = request.getHeader("Authorization") != null;
        if (expired(failure)) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"The access token expired\"");
            write(response, HttpStatus.UNAUTHORIZED, PactErrorCode.TokenExpired,
                    "The access token has expired; request a new one from the token endpoint (/auth/token)");
        } else {
            response.setHeader("WWW-Authenticate", sentToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, PactErrorCode.AccessDenied, sentToken
                    ? "The access token is not valid; request one from the token endpoint (/auth/token)"
                    : "An access token is required: send 'Authorization: Bearer <token>' from the token endpoint (/auth/token)");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String scope = request.getRequestURI().matches("/3/footprints/?") ? "footprint:list" : "footprint:read";
        write(response, HttpStatus.FORBIDDEN, PactErrorCode.AccessDenied,
                "The access token does not grant this action (it needs the scope " + scope + ")");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPactPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, new ErrorsAsPactErrors(response));
        } catch (Exception unexpected) {
            log.error("Unexpected failure on PACT request {} {}", request.getMethod(), request.getRequestURI(), unexpected);
            if (!response.isCommitted()) {
                response.reset();
                write(response, HttpStatus.INTERNAL_SERVER_ERROR, PactErrorCode.InternalError,
                        "An unexpected error occurred; it has been logged");
            }
        }
    }

    static void write(HttpServletResponse response, HttpStatus status, PactErrorCode code, String message)
            throws IOException {
        ObjectNode error = PactJson.object();
        error.put("code", code.name());
        error.put("message", message);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(PactJson.write(error).getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    private static boolean expired(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JwtValidationException invalid && invalid.getErrors().stream()
                    .anyMatch(error -> error.getDescription() != null && error.getDescription().startsWith("Jwt expired"))) {
                return true;
            }
        }
        return false;
    }

    /** Turns sendError (unknown path, wrong method, container limits) into a PACT Error body. */
    private static final class ErrorsAsPactErrors extends HttpServletResponseWrapper {

        ErrorsAsPactErrors(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String reason) throws IOException {
            PactErrorCode code = PactErrorCode.forStatus(status);
            HttpStatus resolved = HttpStatus.resolve(status);
            String message = switch (code) {
                case NotFound -> "There is no PACT resource at this path";
                case NotImplemented -> "This method is not implemented on this PACT path";
                case BadRequest -> resolved == null ? "Bad request" : "Bad request: " + resolved.getReasonPhrase();
                case AccessDenied -> "Access denied";
                default -> "An unexpected error occurred; it has been logged";
            };
            resetBuffer();
            write((HttpServletResponse) getResponse(), status == 401 ? HttpStatus.UNAUTHORIZED : code.status(), code, message);
        }
    }
}
