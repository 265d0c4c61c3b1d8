package org.greenlane.core.customs.model;

import org.greenlane.core.customs.InspectedDeclaration;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Replays declarations in date order as a customs service lives them: each day's declarations are
 * scored from the history known that morning, and their results join the history only once the
 * label delay has passed. Batches must move forward in time (a training year, then a test quarter).
 */
final class ChronologicalFeatures {

    private final ComplianceHistory history;
    private final Deque<InspectedDeclaration> pending = new ArrayDeque<>();
    private LocalDate lastDate;

    ChronologicalFeatures(ComplianceHistory history) {
        this.history = history;
    }

    /**
     * Features of {@code batch} (rows in the batch's order). Outcomes of the batch are queued and
     * recorded {@code delay} days after their date, unless the delay is {@link LabelDelay#NEVER}.
     */
    FeatureMatrix next(List<InspectedDeclaration> batch, LabelDelay delay) {
        int columns = RiskFeatures.count();
        float[] values = new float[batch.size() * columns];
        int[] order = IntStream.range(0, batch.size()).boxed()
                .sorted(Comparator.comparing(i -> batch.get(i).declaration().date()))
                .mapToInt(Integer::intValue).toArray();
        for (int i : order) {
            LocalDate date = batch.get(i).declaration().date();
            if (lastDate != null && date.isBefore(lastDate)) {
                throw new IllegalArgumentException("declaration " + batch.get(i).declaration().id() + " of " + date
                        + " comes before declarations already replayed (up to " + lastDate + ")");
            }
            lastDate = date;
            while (!pending.isEmpty() && !pending.peekFirst().declaration().date().plusDays(delay.days()).isAfter(date)) {
                history.record(pending.pollFirst());
            }
            RiskFeatures.compute(batch.get(i).declaration(), history, values, i * columns);
            if (!delay.never()) {
                pending.addLast(batch.get(i));
            }
        }
        return new FeatureMatrix(values, batch.size(), columns);
    }

    /** Records every queued outcome (the end of the replay) and returns the history. */
    ComplianceHistory flush() {
        while (!pending.isEmpty()) {
            history.record(pending.pollFirst());
        }
        return history;
    }
}
