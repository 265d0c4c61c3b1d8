package org.greenlane.server.exchange;

import jakarta.servlet.http.HttpServletRequest;
import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * PACT v3 ListFootprints and GetFootprint: the footprints the caller's organisation shares with
 * the calling partner, as the data owner published them. Bodies are the stored documents, so what
 * a partner receives is byte for byte what was published.
 */
@RestController
@RequestMapping("/3/footprints")
class FootprintsEndpoint {

    private static final String LIMIT = "limit";
    private static final String CURSOR = "cursor";
    /** Query parameter names by their lower-case form, for PACT's case-insensitive parameter names. */
    private static final Map<String, String> KNOWN = known();

    private final PactCallers callers;
    private final HostedFootprints footprints;
    private final PaginationLinks links;
    private final ExchangeProperties properties;

    FootprintsEndpoint(PactCallers callers, HostedFootprints footprints, PaginationLinks links,
                       ExchangeProperties properties) {
        this.callers = callers;
        this.footprints = footprints;
        this.links = links;
        this.properties = properties;
    }

    @GetMapping(value = {"", "/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> list(Actor actor, HttpServletRequest request) {
        Partner partner = callers.partner(actor);
        Map<String, List<String>> parameters = parameters(request);
        FootprintCriteria criteria;
        try {
            criteria = FootprintCriteria.fromParameters(parameters);
        } catch (IllegalArgumentException wrong) {
            throw PactError.badRequest(wrong.getMessage());
        }
        Integer limit = limit(parameters.get(LIMIT));
        List<String> cursor = parameters.getOrDefault(CURSOR, List.of());
        if (cursor.size() > 1) {
            throw PactError.badRequest("cursor may be given once");
        }
        long after = cursor.isEmpty() ? 0 : links.position(cursor.get(0), partner.id(), criteria, limit);
        int size = limit == null ? properties.pageSize() : Math.min(limit, properties.pageSize());
        List<HostedFootprints.Listed> page = footprints.page(partner, criteria, after, size + 1);
        boolean more = page.size() > size;
        List<HostedFootprints.Listed> shown = more ? page.subList(0, size) : page;
        String body = shown.stream().map(HostedFootprints.Listed::document)
                .collect(Collectors.joining(",", "{\"data\":[", "]}"));
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (more) {
            String next = links.after(partner.id(), criteria, limit, shown.get(shown.size() - 1).position());
            response.header(HttpHeaders.LINK, LinkHeader.next(URI.create(nextPage(request, next))));
        }
        return response.body(body);
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> get(Actor actor, @PathVariable String id) {
        Partner partner = callers.partner(actor);
        UUID footprintId;
        try {
            footprintId = UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            throw PactError.badRequest("id: '" + id + "' is not a UUID");
        }
        return switch (footprints.visibility(partner, footprintId)) {
            case VISIBLE -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body("{\"data\":" + footprints.document(footprintId).orElseThrow() + "}");
            case NOT_SHARED -> throw new PactError(PactErrorCode.AccessDenied,
                    "The data owner has not shared footprint " + footprintId + " with you");
            case UNKNOWN -> throw new PactError(PactErrorCode.NotFound, "The requested footprint could not be found");
        };
    }

    /** Parameters by their PACT names; unknown names are refused, custom {@code x-<id>-} ones are ignored. */
    private static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String lower = parameter.getKey().toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-")) {
                // Custom filters of other hosts (PACT: x-<identifier>-<name>); this host offers none.
                continue;
            }
            String name = KNOWN.get(lower);
            if (name == null) {
                throw PactError.badRequest("'" + parameter.getKey() + "' is not a query parameter of ListFootprints; use "
                        + String.join(", ", FootprintCriteria.NAMES) + " or limit");
            }
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).addAll(Arrays.asList(parameter.getValue()));
        }
        return parameters;
    }

    private static Integer limit(List<String> values) {
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw PactError.badRequest("limit may be given once");
        }
        try {
            int limit = Integer.parseInt(values.get(0).strip());
            if (limit < 1) {
                throw PactError.badRequest("limit must be at least 1 (a page of no footprints cannot advance), was " + limit);
            }
            return limit;
        } catch (NumberFormatException notANumber) {
            throw PactError.badRequest("limit: '" + values.get(0) + "' is not a whole number");
        }
    }

    /** The same request with the cursor of the next page: absolute, on the host the caller addressed. */
    private static String nextPage(HttpServletRequest request, String cursor) {
        List<String> query = new ArrayList<>();
        if (request.getQueryString() != null) {
            for (String pair : request.getQueryString().split("&")) {
                if (!pair.isEmpty() && !decoded(pair.split("=", 2)[0]).equalsIgnoreCase(CURSOR)) {
                    query.add(pair);
                }
            }
        }
        query.add(CURSOR + "=" + cursor);
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return "https://" + host + request.getRequestURI() + "?" + String.join("&", query);
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }

    private static Map<String, String> known() {
        Map<String, String> known = new LinkedHashMap<>();
        FootprintCriteria.NAMES.forEach(name -> known.put(name.toLowerCase(Locale.ROOT), name));
        known.put(LIMIT, LIMIT);
        known.put(CURSOR, CURSOR);
        return Map.copyOf(known);
    }
}
