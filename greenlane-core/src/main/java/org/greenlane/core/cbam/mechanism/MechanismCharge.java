package org.greenlane.core.cbam.mechanism;

import org.greenlane.core.cbam.Figure;
import org.greenlane.core.cbam.Notice;

import java.util.List;

/** What a mechanism charges a consignment, labelled with the mechanism's legal status. */
public record MechanismCharge(String mechanism, LegalStatus status, String consignment, boolean applies, Figure charge,
                              String currency, List<Notice> notices) {

    public MechanismCharge {
        notices = List.copyOf(notices);
    }
}
