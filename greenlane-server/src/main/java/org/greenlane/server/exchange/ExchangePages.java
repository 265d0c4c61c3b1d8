package org.greenlane.server.exchange;

import org.greenlane.server.exchange.internal.pact.FootprintCriteria;
import org.greenlane.server.footprint.factors.FactorDatasetRecord;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The exporter's Data exchange page: footprints published over PACT and who may see them, partners
 * (credentials shown once), partners' PACT hosts, requests and events in both directions, and the
 * supplier footprints received.
 */
@Controller
@RequestMapping("/exchange")
@PreAuthorize("hasRole('EXPORTER')")
class ExchangePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Set<String> REJECTION_CODES = Set.of("NotFound", "AccessDenied");
    private static final int EVENTS_SHOWN = 50;

    private final PactPartners partners;
    private final PartnerSharing sharing;
    private final HostedFootprints hosted;
    private final RequestsReceived requestsReceived;
    private final RequestsSent requestsSent;
    private final SupplierFactors supplierFactors;
    private final SupplierPulls pulls;
    private final Outbox outbox;
    private final IncomingEvents incoming;
    private final OwnAddress own;
    private final AdoptingSupplierFootprints adopting;

    ExchangePages(PactPartners partners, PartnerSharing sharing, HostedFootprints hosted, RequestsReceived requestsReceived,
                  RequestsSent requestsSent, SupplierFactors supplierFactors, SupplierPulls pulls, Outbox outbox,
                  IncomingEvents incoming, OwnAddress own, AdoptingSupplierFootprints adopting) {
        this.partners = partners;
        this.sharing = sharing;
        this.hosted = hosted;
        this.requestsReceived = requestsReceived;
        this.requestsSent = requestsSent;
        this.supplierFactors = supplierFactors;
        this.pulls = pulls;
        this.outbox = outbox;
        this.incoming = incoming;
        this.own = own;
        this.adopting = adopting;
    }

    record FootprintRow(UUID id, String productName, String productIds, String status, String validity, String published,
                        boolean everyone, List<Partner> sharedWith, List<Partner> shareable) {
    }

    record PartnerRow(Partner partner, String created) {
    }

    record RequestRow(UUID id, String partner, String criteria, String comment, String status, String reason, String received,
                      String answered) {
    }

    record SentRow(String partner, String criteria, String status, int footprints, String error, String created) {
    }

    record FactorRow(SupplierEmissionFactor factor, String validity, String retrieved) {
    }

    record EventRow(String direction, String type, String partner, String status, String detail, String at) {
    }

    @GetMapping
    String exchange(Actor actor, Model model) {
        UUID organisation = actor.organisationId();
        List<Partner> all = partners.of(organisation);
        Map<UUID, Partner> byId = all.stream().collect(Collectors.toMap(Partner::id, Function.identity()));
        Map<UUID, List<UUID>> shares = partners.sharings(organisation).stream().collect(Collectors.groupingBy(
                PactPartners.Sharing::footprintId, Collectors.mapping(PactPartners.Sharing::partnerId, Collectors.toList())));
        List<Partner> everyone = all.stream().filter(Partner::shareAll).toList();
        model.addAttribute("footprints", hosted.of(organisation).stream().map(footprint -> {
            List<Partner> chosen = shares.getOrDefault(footprint.id(), List.of()).stream().map(byId::get).toList();
            List<Partner> shareable = all.stream().filter(partner -> !partner.shareAll() && !chosen.contains(partner)).toList();
            return new FootprintRow(footprint.id(), footprint.productName(), footprint.productIds(), footprint.status().toString(),
                    DAY.format(footprint.validFrom()) + " – " + DAY.format(footprint.validUntil()),
                    MINUTE.format(footprint.publishedAt()), !everyone.isEmpty(), chosen, shareable);
        }).toList());
        model.addAttribute("everyone", everyone.stream().map(Partner::name).collect(Collectors.joining(", ")));
        model.addAttribute("partners", all.stream().map(partner -> new PartnerRow(partner, DAY.format(partner.createdAt()))).toList());
        model.addAttribute("received", requestsReceived.of(organisation).stream().map(request -> new RequestRow(request.id(),
                request.partnerName(), RequestsReceived.describe(request.criteria()), request.comment(), request.status(),
                request.reason(), MINUTE.format(request.receivedAt()), time(request.answeredAt()))).toList());
        model.addAttribute("sent", requestsSent.of(organisation).stream().map(request -> new SentRow(request.partnerName(),
                RequestsReceived.describe(request.criteria()), request.status(), request.footprints(),
                request.errorCode() == null ? null : request.errorCode() + ": " + request.errorMessage(),
                MINUTE.format(request.createdAt()))).toList());
        model.addAttribute("factors", supplierFactors.of(organisation).stream().map(factor -> new FactorRow(factor,
                DAY.format(factor.validFrom()) + " – " + DAY.format(factor.validUntil()),
                MINUTE.format(factor.provenance().retrievedAt()))).toList());
        model.addAttribute("events", events(organisation, byId));
        model.addAttribute("baseUrl", own.baseUrl());
        model.addAttribute("rejectionCodes", REJECTION_CODES.stream().sorted().toList());
        return "exchange/exchange";
    }

    @PostMapping("/partners")
    String addPartner(Actor actor, @RequestParam String name, @RequestParam(defaultValue = "false") boolean shareAll,
                      RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("issued", partners.create(actor.organisationId(), name, shareAll));
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("partnerProblem", refused.getMessage().contains("already exists")
                    ? "exchange.partners.nameTaken" : "exchange.partners.nameRequired");
        }
        return "redirect:/exchange#partners";
    }

    @PostMapping("/partners/{id}/share-all")
    String shareAll(Actor actor, @PathVariable UUID id, @RequestParam boolean shareAll) {
        if (!sharing.shareAll(actor.organisationId(), id, shareAll)) {
            throw new RecordNotFound("partner", id);
        }
        return "redirect:/exchange#partners";
    }

    @PostMapping("/partners/{id}/delete")
    String deletePartner(Actor actor, @PathVariable UUID id) {
        if (!partners.delete(actor.organisationId(), id)) {
            throw new RecordNotFound("partner", id);
        }
        return "redirect:/exchange#partners";
    }

    @PostMapping("/partners/{id}/host")
    String registerHost(Actor actor, @PathVariable UUID id, @RequestParam String baseUrl,
                        @RequestParam(required = false) String tokenUrl, @RequestParam String clientId,
                        @RequestParam String clientSecret, @RequestParam(required = false) String certificate,
                        @RequestParam(defaultValue = "false") boolean notify, RedirectAttributes redirect) {
        Partner partner = partner(actor, id);
        String problem = hostProblem(baseUrl, tokenUrl, clientId, clientSecret, certificate);
        if (problem != null) {
            redirect.addFlashAttribute("hostProblem", problem);
            redirect.addFlashAttribute("hostPartner", partner.id());
            return "redirect:/exchange#host-" + partner.id();
        }
        partners.registerHost(actor.organisationId(), partner.id(), URI.create(baseUrl.strip()),
                blank(tokenUrl) ? null : URI.create(tokenUrl.strip()), clientId.strip(), clientSecret,
                blank(certificate) ? null : certificate.strip(), notify);
        redirect.addFlashAttribute("hostRegistered", partner.name());
        return "redirect:/exchange#hosts";
    }

    @PostMapping("/partners/{id}/host/delete")
    String removeHost(Actor actor, @PathVariable UUID id) {
        if (!partners.removeHost(actor.organisationId(), id)) {
            throw new RecordNotFound("partner", id);
        }
        return "redirect:/exchange#hosts";
    }

    @PostMapping("/partners/{id}/pull")
    String pull(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String productId,
                RedirectAttributes redirect) {
        Partner partner = partner(actor, id);
        try {
            int received = pulls.pull(partner, criteria(productId), SupplierPulls.PAGE_SIZE);
            redirect.addFlashAttribute("pulled", received);
            redirect.addFlashAttribute("pulledFrom", partner.name());
        } catch (IllegalArgumentException | PartnerHostException failed) {
            redirect.addFlashAttribute("exchangeProblem", failed.getMessage());
        }
        return "redirect:/exchange#supplier-footprints";
    }

    @PostMapping("/supplier-footprints/adoption")
    String adopt(Actor actor, RedirectAttributes redirect) {
        try {
            FactorDatasetRecord dataset = adopting.adopt(actor.organisationId());
            return "redirect:/footprints/factors/datasets/" + dataset.id();
        } catch (InvalidInput refused) {
            redirect.addFlashAttribute("exchangeProblem", refused.errors().get(0).message());
            return "redirect:/exchange#supplier-footprints";
        }
    }

    @PostMapping("/partners/{id}/requests")
    String request(Actor actor, @PathVariable UUID id, @RequestParam String productId,
                   @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        Partner partner = partner(actor, id);
        try {
            if (blank(productId)) {
                throw new IllegalArgumentException("productId: a product id (URN) is required");
            }
            requestsSent.send(partner, criteria(productId), blank(comment) ? null : comment.strip());
            redirect.addFlashAttribute("requested", partner.name());
        } catch (IllegalArgumentException refused) {
            redirect.addFlashAttribute("exchangeProblem", refused.getMessage());
        }
        return "redirect:/exchange#requests-sent";
    }

    @PostMapping("/footprints/{id}/share")
    String share(Actor actor, @PathVariable UUID id, @RequestParam UUID partner) {
        if (!sharing.share(actor.organisationId(), partner, id)) {
            throw new RecordNotFound("footprint or partner", id);
        }
        return "redirect:/exchange#footprints";
    }

    @PostMapping("/footprints/{id}/unshare")
    String unshare(Actor actor, @PathVariable UUID id, @RequestParam UUID partner) {
        if (!sharing.unshare(actor.organisationId(), partner, id)) {
            throw new RecordNotFound("sharing of footprint", id);
        }
        return "redirect:/exchange#footprints";
    }

    @PostMapping("/requests/{id}/reject")
    String reject(Actor actor, @PathVariable UUID id, @RequestParam String code, @RequestParam String message,
                  RedirectAttributes redirect) {
        if (requestsReceived.find(actor.organisationId(), id).isEmpty()) {
            throw new RecordNotFound("request", id);
        }
        if (!REJECTION_CODES.contains(code) || blank(message) || message.length() > 500) {
            redirect.addFlashAttribute("exchangeProblem", "message: a reason of 1 to 500 characters is required");
            return "redirect:/exchange#requests-received";
        }
        requestsReceived.reject(actor.organisationId(), id, code, message.strip());
        return "redirect:/exchange#requests-received";
    }

    private Partner partner(Actor actor, UUID id) {
        return partners.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("partner", id));
    }

    private List<EventRow> events(UUID organisation, Map<UUID, Partner> byId) {
        List<EventRow> rows = new ArrayList<>();
        outbox.of(organisation, EVENTS_SHOWN).forEach(event -> rows.add(new EventRow("out", shortType(event.type()),
                name(byId, event.partnerId()), event.status().name(),
                event.lastError() == null ? event.attempts() + "" : event.attempts() + " · " + event.lastError(),
                MINUTE.format(event.createdAt()))));
        incoming.of(organisation, EVENTS_SHOWN).forEach(event -> rows.add(new EventRow("in", shortType(event.type()),
                name(byId, event.partnerId()), event.status(), event.detail(), MINUTE.format(event.receivedAt()))));
        rows.sort(Comparator.comparing(EventRow::at).reversed());
        return rows;
    }

    private static String name(Map<UUID, Partner> byId, UUID partnerId) {
        Partner partner = partnerId == null ? null : byId.get(partnerId);
        return partner == null ? "—" : partner.name();
    }

    /** {@code org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3} reads as {@code RequestCreatedEvent}. */
    private static String shortType(String type) {
        String[] parts = type.split("\\.");
        return parts.length >= 2 ? parts[parts.length - 2] : type;
    }

    private static FootprintCriteria criteria(String productId) {
        return blank(productId) ? FootprintCriteria.ANY
                : FootprintCriteria.fromParameters(Map.of("productId", List.of(productId.strip())));
    }

    /** The message key of the first problem of a host registration, or null. */
    private static String hostProblem(String baseUrl, String tokenUrl, String clientId, String secret, String certificate) {
        if (!httpsUrl(baseUrl)) {
            return "exchange.hosts.baseUrlInvalid";
        }
        if (!blank(tokenUrl) && !httpsUrl(tokenUrl)) {
            return "exchange.hosts.tokenUrlInvalid";
        }
        if (blank(clientId) || clientId.length() > 200 || blank(secret) || secret.length() > 500) {
            return "exchange.hosts.credentialsRequired";
        }
        if (!blank(certificate)) {
            try {
                PartnerHosts.certificates(certificate.strip());
            } catch (IllegalArgumentException notPem) {
                return "exchange.hosts.certificateInvalid";
            }
        }
        return null;
    }

    private static boolean httpsUrl(String text) {
        if (blank(text)) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getQuery() == null
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException notAUrl) {
            return false;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String time(Instant instant) {
        return instant == null ? null : MINUTE.format(instant);
    }
}
