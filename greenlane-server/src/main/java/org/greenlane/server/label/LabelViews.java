package org.greenlane.server.label;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.greenlane.core.footprint.LifeCycleStage;
import org.greenlane.server.footprint.Product;
import org.greenlane.server.footprint.ProductCatalogue;
import org.greenlane.server.footprint.PublishedFootprint;
import org.greenlane.server.footprint.PublishedFootprints;
import org.greenlane.server.footprint.results.FootprintReport;
import org.greenlane.server.footprint.results.FootprintResults;
import org.greenlane.server.ledger.FootprintPublicationLog;
import org.greenlane.server.ledger.Ledger;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.verification.FootprintAttestation;
import org.greenlane.server.verification.FootprintVerifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a label shows, assembled from the footprint capability (published document, product, stored
 * result), the verification workflow (through its contract, which may have no implementation yet) and
 * the transparency log. Everything here is public once the exporter issued the label; nothing else of
 * the organisation is read.
 */
@Component
class LabelViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final PublishedFootprints published;
    private final ProductCatalogue products;
    private final FootprintResults results;
    private final Organisations organisations;
    private final ObjectProvider<FootprintVerifications> verifications;
    private final FootprintPublicationLog publications;
    private final Ledger ledger;
    private final MessageSource messages;
    private final ObjectMapper json;

    LabelViews(PublishedFootprints published, ProductCatalogue products, FootprintResults results,
               Organisations organisations, ObjectProvider<FootprintVerifications> verifications,
               FootprintPublicationLog publications, Ledger ledger, MessageSource messages, ObjectMapper json) {
        this.published = published;
        this.products = products;
        this.results = results;
        this.organisations = organisations;
        this.verifications = verifications;
        this.publications = publications;
        this.ledger = ledger;
        this.messages = messages;
        this.json = json;
    }

    enum CertificateStatus { NONE, VALID, NOT_YET_VALID, EXPIRED, REVOKED }

    /** One row of the breakdown: a life-cycle stage, or the adjustment that reconciles the stages with the published value. */
    record StageRow(String key, String kg, String share) {
    }

    /** The footprint as the label and its public page show it. */
    record Facts(CarbonLabel label, PublishedFootprint footprint, String organisation, String product, String pcf,
                 String pcfShown, String pcfExcludingShown, String unitAmount, String unitKey, String unitText,
                 List<StageRow> stages,
                 Optional<FootprintAttestation> attestation, CertificateStatus certificate, String validFrom,
                 String validUntil, String referencePeriod) {
    }

    Facts facts(CarbonLabel label, Locale locale) {
        PublishedFootprint footprint = published.find(label.organisationId(), label.footprintId()).orElseThrow();
        String product = products.find(label.organisationId(), label.productId()).map(Product::name).orElse("");
        String organisation = organisations.find(label.organisationId()).map(o -> o.name()).orElse("");
        String pcf = footprint.pcfIncludingBiogenicUptake();
        var pcfNode = footprint.pact().path("pcf");
        Optional<FootprintAttestation> attestation = Optional.ofNullable(verifications.getIfAvailable())
                .flatMap(v -> v.attestation(footprint.id()));
        CertificateStatus certificate = attestation.flatMap(FootprintAttestation::certificate).map(c -> {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            if (c.revokedAt().isPresent()) {
                return CertificateStatus.REVOKED;
            }
            if (today.isBefore(c.validFrom())) {
                return CertificateStatus.NOT_YET_VALID;
            }
            return today.isAfter(c.validUntil()) ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
        }).orElse(CertificateStatus.NONE);
        String validFrom = attestation.flatMap(FootprintAttestation::certificate).map(c -> c.validFrom().toString())
                .orElse(day(footprint.validityPeriodStart()));
        String validUntil = attestation.flatMap(FootprintAttestation::certificate).map(c -> c.validUntil().toString())
                .orElse(day(footprint.validityPeriodEnd()));
        String unitAmount = decimal(pcfNode.path("declaredUnitAmount").asText(), locale);
        String unitKey = "label.unit." + pcfNode.path("declaredUnitOfMeasurement").asText().replace(' ', '-');
        return new Facts(label, footprint, organisation, product, pcf, decimal(pcf, locale),
                decimal(pcfNode.path("pcfExcludingBiogenicUptake").asText(), locale), unitAmount, unitKey,
                message("label.art.unit", locale, unitAmount, message(unitKey, locale)),
                stages(footprint, pcf, locale), attestation, certificate, validFrom, validUntil,
                day(footprint.referencePeriodStart()) + " – " + day(footprint.referencePeriodEnd()));
    }

    LogCheck.Result logCheck(Facts facts) {
        PublishedFootprint footprint = facts.footprint();
        try {
            return LogCheck.run(ledger, publications.latest(footprint.organisationId(), footprint.id()),
                    footprint.organisationId(), footprint.id(), json.writeValueAsString(footprint.pact()), facts.pcf(), facts.attestation());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a PACT document", e);
        }
    }

    /** The printed label's words, in the given language. */
    LabelArtwork.Text text(Facts facts, Locale locale) {
        String verification = facts.attestation()
                .map(a -> message("label.art.verifiedBy", locale, a.verifierName()) + (facts.certificate()
                        == CertificateStatus.REVOKED ? " · " + message("label.certificate.REVOKED", locale) : ""))
                .orElse(message("label.art.notVerified", locale));
        String validity = facts.validUntil().isEmpty() ? message("label.art.noValidity", locale)
                : message("label.art.validity", locale, facts.validFrom().isEmpty() ? "…" : facts.validFrom(), facts.validUntil());
        CarbonLabel label = facts.label();
        String identification = (label.gtin() != null ? "(01) " + label.gtin() : message("label.art.platformId", locale))
                + (label.batch() != null ? "  (10) " + label.batch() : "");
        return new LabelArtwork.Text(message("label.art.title", locale), facts.product(), facts.pcfShown(),
                message("label.art.perUnit", locale, facts.unitAmount(), message(facts.unitKey(), locale)), verification, validity, identification);
    }

    private List<StageRow> stages(PublishedFootprint footprint, String pcf, Locale locale) {
        Optional<FootprintReport> report = results.find(footprint.organisationId(), footprint.resultId())
                .map(r -> r.report());
        if (report.isEmpty()) {
            return List.of();
        }
        double published = new BigDecimal(pcf).doubleValue();
        List<StageRow> rows = new ArrayList<>();
        double sum = 0;
        for (LifeCycleStage stage : LifeCycleStage.values()) {
            double kg = report.get().byStage().getOrDefault(stage.name(), 0.0);
            sum += kg;
            if (kg != 0) {
                rows.add(new StageRow("stage." + stage.name(), kg(kg, locale), share(kg, published, locale)));
            }
        }
        double adjustment = published - sum;
        if (Math.abs(adjustment) > Math.abs(published) * 1e-5) {
            FootprintReport.Electricity electricity = report.get().electricity();
            boolean certificates = electricity != null
                    && electricity.marketBasedKgCo2e() != electricity.locationBasedKgCo2e();
            rows.add(new StageRow(certificates ? "label.stage.marketElectricity" : "label.stage.rounding",
                    kg(adjustment, locale), share(adjustment, published, locale)));
        }
        return rows;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** A published decimal string with the locale's grouping, every published digit kept. */
    static String decimal(String value, Locale locale) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        BigDecimal d = new BigDecimal(value);
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, d.scale()));
        format.setMinimumFractionDigits(Math.max(0, d.scale()));
        return format.format(d);
    }

    private static String kg(double value, Locale locale) {
        BigDecimal d = new BigDecimal(value).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        return decimal(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString(), locale);
    }

    private static String share(double kg, double total, Locale locale) {
        if (total == 0) {
            return "";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
        return percent.format(kg / total);
    }
}
