package org.greenlane.server.footprint.factors;

import java.util.List;

/** What reading a dataset file gave: the content, or the problems (each naming sheet, row and column). */
public record DatasetRead(DatasetContent content, List<String> problems) {

    public DatasetRead {
        problems = List.copyOf(problems);
        if ((content == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a dataset read has either content or problems");
        }
    }

    static DatasetRead of(DatasetContent content) {
        return new DatasetRead(content, List.of());
    }

    static DatasetRead failed(List<String> problems) {
        return new DatasetRead(null, problems);
    }

    public boolean ok() {
        return content != null;
    }
}
