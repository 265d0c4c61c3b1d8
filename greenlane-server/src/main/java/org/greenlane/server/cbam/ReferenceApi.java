package org.greenlane.server.cbam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.greenlane.core.cbam.AnnexIRow;
import org.greenlane.core.cbam.CbamInputException;
import org.greenlane.core.cbam.PricePeriod;
import org.greenlane.core.cbam.ScopeDecision;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.identity.Actor;
import org.greenlane.server.platform.identity.OrganisationKind;
import org.greenlane.server.platform.identity.Organisations;
import org.greenlane.server.platform.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/**
 * CBAM reference data every signed-in caller may read: the goods scope, the datasets in use and the certificate price
 * table. Only an administrator of the platform operator adds certificate prices, since all tenants share them.
 */
@RestController
@RequestMapping("/api/v1/cbam")
@Tag(name = "CBAM reference data", description = "Goods scope (Annex I), default-value and benchmark datasets, certificate prices")
class ReferenceApi {

    private final ReferenceData reference;
    private final Organisations organisations;

    ReferenceApi(ReferenceData reference, Organisations organisations) {
        this.reference = reference;
        this.organisations = organisations;
    }

    /** Why a code is or is not a CBAM good. */
    record Scope(String code, String coverage, boolean inScope, String explanation, String legalBasis, AnnexRow annexRow) {
    }

    record AnnexRow(String code, String description, String sector, String gases, boolean indirectEmissionsCount,
                    String emissionsBasis) {
        static AnnexRow of(AnnexIRow row) {
            return new AnnexRow(row.code(), row.description(), row.sector().label(), row.gases(), row.indirectEmissionsCount(),
                    row.emissionsBasis().toString());
        }
    }

    @GetMapping("/scope/{code}")
    @Operation(summary = "Is an 8-digit CN or 6-digit HS code a CBAM good (Annex I of Regulation (EU) 2023/956), and why")
    Scope scope(@PathVariable String code) {
        ScopeDecision decision;
        try {
            decision = EngineTables.scope().lookup(code);
        } catch (CbamInputException notACode) {
            throw new InvalidInput("code", notACode.getMessage());
        }
        return new Scope(decision.code(), decision.coverage().name(), decision.inScope(), decision.explanation(),
                decision.basis().toString(), decision.row().map(AnnexRow::of).orElse(null));
    }

    @GetMapping("/datasets")
    @Operation(summary = "Imported default-value and benchmark datasets; the newest of each kind is in use")
    List<Dataset> datasets() {
        return reference.datasets();
    }

    @GetMapping("/certificate-prices")
    @Operation(summary = "The CBAM certificate price table: 2026 quarters, ISO weeks from 2027")
    List<ReferenceData.StoredPrice> prices() {
        return reference.prices();
    }

    /** A published price: period "2026-Q2" or "2027-W05", EUR per certificate, and where it was published. */
    record PriceDraft(@NotBlank String period, @NotNull @Positive BigDecimal eurPerTonne, @NotBlank @Size(max = 300) String sourceName,
                      @NotBlank @Size(max = 200) String sourceVersion) {
    }

    @PostMapping("/certificate-prices")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add or correct the published price of a period (administrators of the platform operator)")
    ReferenceData.StoredPrice addPrice(Actor actor, @Valid @RequestBody PriceDraft draft) {
        boolean operator = organisations.find(actor.organisationId()).map(o -> o.kind() == OrganisationKind.OPERATOR).orElse(false);
        if (!operator || !actor.has(Role.ADMIN)) {
            throw new AccessDeniedException("certificate prices are shared by all tenants; the platform operator maintains them");
        }
        PricePeriod period;
        try {
            period = PricePeriod.parse(draft.period());
        } catch (CbamInputException invalid) {
            throw new InvalidInput("period", invalid.getMessage());
        }
        return reference.putPrice(period, draft.eurPerTonne(), draft.sourceName().strip(), draft.sourceVersion().strip(),
                actor.organisationId());
    }
}
