package org.greenlane.core.footprint;

import java.util.List;

/**
 * A node of the upstream tree: a process providing {@code amount} of {@code flow} to its parent, the total result
 * that amount carries with it (its whole supply chain) and the part emitted directly by this process.
 * Children below the cut-off are summed in {@code cutOffResult}.
 */
public record UpstreamNode(String processId, String processName, String flow, double amount, double result,
                           double directResult, List<UpstreamNode> children, double cutOffResult) {

    public UpstreamNode {
        children = List.copyOf(children);
    }
}
