package org.greenlane.server.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Decision 075: a mapping is skipped only where a literal leading segment definitely differs. */
class LiteralPrefixHandlerMappingTest {

    private static String[][] prefixes(String... patterns) {
        RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
        options.setPatternParser(new PathPatternParser());
        return LiteralPrefixHandlerMapping.literalPrefixes(RequestMappingInfo.paths(patterns).options(options).build());
    }

    private static boolean couldMatch(String path, String pattern) {
        return LiteralPrefixHandlerMapping.startsWith(PathContainer.parsePath(path).elements(), prefixes(pattern)[0]);
    }

    @Test
    void theLiteralPrefixEndsAtTheFirstVariableOrWildcard() {
        assertThat(prefixes("/api/v1/ledger/entries/{index}/receipt")).isDeepEqualTo(new String[][]{{"api", "v1", "ledger", "entries"}});
        assertThat(prefixes("/log/tile/**")).isDeepEqualTo(new String[][]{{"log", "tile"}});
        assertThat(Arrays.asList(prefixes("/a/b", "/c/*.html")))
                .containsExactlyInAnyOrder(new String[]{"a", "b"}, new String[]{"c"});
        assertThat(prefixes("/{lang}/home")).isEmpty();
        assertThat(prefixes("/")).isEmpty();
    }

    @Test
    void aMappingIsSkippedOnlyWhenALiteralSegmentDiffers() {
        String receipt = "/api/v1/ledger/entries/{index}/receipt";
        assertThat(couldMatch("/api/v1/ledger/entries/7/receipt", receipt)).isTrue();
        assertThat(couldMatch("/api/v1/customs/declarations/7", receipt)).isFalse();
        assertThat(couldMatch("/api/v2/ledger/entries/7/receipt", receipt)).isFalse();
        // Compared as PathPattern compares: decoded and without matrix variables.
        assertThat(couldMatch("/api/v1/%6Cedger/entries/7/receipt", receipt)).isTrue();
        assertThat(couldMatch("/api;x=1/v1/ledger/entries/7/receipt", receipt)).isTrue();
        // A shorter path or another shape is left to Spring's full evaluation.
        assertThat(couldMatch("/api/v1", receipt)).isTrue();
        assertThat(couldMatch("api/v1/ledger/entries/7/receipt", receipt)).isTrue();
    }
}
