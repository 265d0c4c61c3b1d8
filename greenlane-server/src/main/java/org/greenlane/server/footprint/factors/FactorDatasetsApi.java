package org.greenlane.server.footprint.factors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.greenlane.server.platform.api.InvalidInput;
import org.greenlane.server.platform.api.RecordNotFound;
import org.greenlane.server.platform.identity.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.UUID;

/**
 * Emission-factor datasets: the platform's reference data (read only) and the organisation's own datasets, which
 * it uploads in the documented csv and which come first in its calculations.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('EXPORTER')")
@Tag(name = "Emission factors", description = "Versioned emission-factor datasets with provenance")
class FactorDatasetsApi {

    private static final int MAX_PAGE = 200;

    private final FactorDatasets datasets;

    FactorDatasetsApi(FactorDatasets datasets) {
        this.datasets = datasets;
    }

    @GetMapping("/factor-datasets")
    @Operation(summary = "Datasets the caller's calculations can use: its own, then the platform's")
    List<FactorDatasetRecord> list(Actor actor) {
        return datasets.visibleTo(actor.organisationId());
    }

    @GetMapping("/factor-datasets/{id}")
    @Operation(summary = "One dataset with its provenance and import notes")
    FactorDatasetRecord get(Actor actor, @PathVariable UUID id) {
        return datasets.find(actor.organisationId(), id).orElseThrow(() -> new RecordNotFound("factor dataset", id));
    }

    @GetMapping("/factor-datasets/{id}/factors")
    @Operation(summary = "Factors of one dataset, filtered by words in the activity or name and by region")
    List<FactorView> factors(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String q,
                             @RequestParam(required = false) String region,
                             @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        get(actor, id);
        return datasets.search(actor.organisationId(), id, q, region, page(limit), offset(offset));
    }

    @GetMapping("/emission-factors")
    @Operation(summary = "Search all factors the caller can use, e.g. q=electricity grid&region=CN")
    List<FactorView> search(Actor actor, @RequestParam(required = false) String q,
                            @RequestParam(required = false) String region,
                            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        return datasets.search(actor.organisationId(), null, q, region, page(limit), offset(offset));
    }

    @PostMapping(value = "/factor-datasets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an own dataset in the documented csv (docs/footprint-factor-csv.md); all or nothing")
    ResponseEntity<FactorDatasetRecord> upload(Actor actor, @RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
        DatasetRead read = FactorCsv.read(utf8(file), name);
        if (!read.ok()) {
            throw new InvalidInput(read.problems().stream().map(p -> new InvalidInput.FieldProblem("file", p)).toList());
        }
        try {
            FactorDatasetRecord stored = datasets.store(actor.organisationId(), read.content(), false);
            return ResponseEntity.created(URI.create("/api/v1/factor-datasets/" + stored.id())).body(stored);
        } catch (FactorDatasets.DuplicateDataset duplicate) {
            throw new InvalidInput("file", duplicate.getMessage());
        }
    }

    @DeleteMapping("/factor-datasets/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an own dataset that no stored result used")
    void remove(Actor actor, @PathVariable UUID id) {
        if (!datasets.remove(actor.organisationId(), id)) {
            throw new RecordNotFound("factor dataset of your organisation", id);
        }
    }

    static String utf8(MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "is empty");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new InvalidInput("file", "is not UTF-8 text; save the csv as UTF-8");
        }
    }

    private static int page(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_PAGE);
        }
        return limit;
    }

    private static int offset(int offset) {
        if (offset < 0) {
            throw new InvalidInput("offset", "must not be negative");
        }
        return offset;
    }
}
