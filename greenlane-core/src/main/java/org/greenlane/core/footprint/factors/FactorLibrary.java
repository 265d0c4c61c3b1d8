package org.greenlane.core.footprint.factors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Emission factor datasets in order of precedence. A lookup walks the region fallback chain (province or grid
 * region, country, world region, global) and, at each level, takes the first dataset that has the activity:
 * a more specific region always beats dataset precedence.
 */
public final class FactorLibrary {

    private final List<FactorDataset> datasets;
    private final RegionHierarchy regions;
    /** First factor per activity and region, in dataset precedence order. */
    private final Map<String, FactorMatch> index = new HashMap<>();

    public FactorLibrary(List<FactorDataset> datasets, RegionHierarchy regions) {
        this.datasets = List.copyOf(datasets);
        this.regions = regions;
        for (FactorDataset dataset : this.datasets) {
            for (EmissionFactor factor : dataset.factors()) {
                regions.fallbackChain(factor.region());
                index.putIfAbsent(key(factor.activity(), factor.region()),
                        new FactorMatch(factor, dataset, factor.region(), factor.region(), 0));
            }
        }
    }

    private static String key(String activity, String region) {
        return activity + '\u0000' + region;
    }

    /** The built-in starter set with the standard region hierarchy. */
    public static FactorLibrary builtIn() {
        return new FactorLibrary(List.of(BuiltInFactors.dataset()), RegionHierarchy.standard());
    }

    public List<FactorDataset> datasets() {
        return datasets;
    }

    public RegionHierarchy regions() {
        return regions;
    }

    /** A library with another dataset placed first (e.g. the organisation's own or supplier-specific factors). */
    public FactorLibrary withPreferred(FactorDataset dataset) {
        List<FactorDataset> all = new ArrayList<>();
        all.add(dataset);
        all.addAll(datasets);
        return new FactorLibrary(all, regions);
    }

    /** The factor for exactly this region, without fallback (e.g. a residual mix, which belongs to its market). */
    public Optional<EmissionFactor> findExact(String activity, String region) {
        FactorMatch hit = index.get(key(activity, RegionHierarchy.normalise(region)));
        return hit == null ? Optional.empty() : Optional.of(hit.factor());
    }

    /**
     * @throws MissingFactorException naming the activity and region if nothing is found
     * @throws IllegalArgumentException if the region is unknown
     */
    public FactorMatch find(String activity, String region) {
        List<String> chain = regions.fallbackChain(region);
        for (int step = 0; step < chain.size(); step++) {
            FactorMatch hit = index.get(key(activity, chain.get(step)));
            if (hit != null) {
                return new FactorMatch(hit.factor(), hit.dataset(), chain.get(0), chain.get(step), step);
            }
        }
        throw new MissingFactorException("no emission factor for activity '" + activity + "' in region " + region
                + " or its fallbacks " + chain);
    }
}
