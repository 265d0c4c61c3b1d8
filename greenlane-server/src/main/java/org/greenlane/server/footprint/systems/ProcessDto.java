package org.greenlane.server.footprint.systems;

import io.swagger.v3.oas.annotations.media.Schema;
import org.greenlane.core.footprint.AllocationMethod;
import org.greenlane.core.footprint.Exchange;
import org.greenlane.core.footprint.LifeCycleStage;
import org.greenlane.core.footprint.Process;
import org.greenlane.core.footprint.factors.RegionHierarchy;
import org.greenlane.core.footprint.quality.DataQualityRating;
import org.greenlane.server.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A unit process: its life-cycle stage (RAW_MATERIAL_ACQUISITION, PRODUCTION, DISTRIBUTION, USE, END_OF_LIFE),
 * site (region code), supplier (null when the organisation runs it), whether its data are primary, its data
 * quality, its allocation (PHYSICAL, ECONOMIC, SYSTEM_EXPANSION; null for the system's) and its exchanges.
 */
@Schema(description = "A unit process of a product system")
public record ProcessDto(String id, String name, String stage, String site, String supplier, Boolean primaryData,
                         QualityDto quality, String allocation, List<ExchangeDto> exchanges) {

    static final int MAX_EXCHANGES = 1_000;

    public static ProcessDto of(Process p) {
        return new ProcessDto(p.id(), p.name(), p.stage().name(), p.site(), p.supplier(), p.primaryData(),
                p.quality() == DataQualityRating.UNKNOWN ? null : QualityDto.of(p.quality()),
                p.allocation() == null ? null : p.allocation().name(),
                p.exchanges().stream().map(ExchangeDto::of).toList());
    }

    Process toEngine(String field) {
        String pid = ExchangeDto.text(id, field + ".id");
        if (pid.length() > 100) {
            throw new InvalidInput(field + ".id", "must be at most 100 characters");
        }
        String pname = name == null || name.isBlank() ? pid : ExchangeDto.text(name, field + ".name");
        LifeCycleStage s = Enums.of(LifeCycleStage.class, stage == null ? "" : stage, field + ".stage");
        String siteCode = ExchangeDto.blankToNull(site);
        if (siteCode != null) {
            try {
                Regions.STANDARD.fallbackChain(siteCode);
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInput(field + ".site", unknown.getMessage());
            }
            siteCode = RegionHierarchy.normalise(siteCode);
        }
        AllocationMethod method = allocation == null || allocation.isBlank() ? null
                : Enums.of(AllocationMethod.class, allocation, field + ".allocation");
        DataQualityRating rating = quality == null ? null : quality.toEngine(field + ".quality");
        List<ExchangeDto> given = exchanges == null ? List.of() : exchanges;
        if (given.size() > MAX_EXCHANGES) {
            throw new InvalidInput(field + ".exchanges", "at most " + MAX_EXCHANGES + " exchanges per process");
        }
        List<Exchange> converted = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw new InvalidInput(field + ".exchanges[" + i + "]", "must not be null");
            }
            Exchange e = given.get(i).toEngine(field + ".exchanges[" + i + "]");
            if (!labels.add(e.label())) {
                throw new InvalidInput(field + ".exchanges[" + i + "].label", "'" + e.label()
                        + "' is used twice in process " + pid + "; give each exchange its own label");
            }
            converted.add(e);
        }
        return new Process(pid, pname, s, siteCode, ExchangeDto.blankToNull(supplier),
                Boolean.TRUE.equals(primaryData), rating, method, converted);
    }
}
