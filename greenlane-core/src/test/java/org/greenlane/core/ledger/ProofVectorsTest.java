package org.greenlane.core.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every proof vector of transparency-dev/merkle testdata (../shared/data/tlog, Apache-2.0): each
 * file states its case in {@code desc} and whether verification must fail in {@code wantErr}.
 */
class ProofVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> inclusionVectors() {
        return vectors("tlog/inclusion", "inclusion proof vectors");
    }

    static Stream<Path> consistencyVectors() {
        return vectors("tlog/consistency", "consistency proof vectors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inclusionVectors")
    void inclusionVector(Path file) {
        JsonNode v = read(file);
        Runnable verify = () -> MerkleProofs.verifyInclusion(
                Long.parseUnsignedLong(v.get("leafIdx").asText()), Long.parseUnsignedLong(v.get("treeSize").asText()),
                bytes(v.get("leafHash")), hashes(v.get("proof")), bytes(v.get("root")));
        check(v, verify::run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistencyVectors")
    void consistencyVector(Path file) {
        JsonNode v = read(file);
        Runnable verify = () -> MerkleProofs.verifyConsistency(
                Long.parseUnsignedLong(v.get("size1").asText()), Long.parseUnsignedLong(v.get("size2").asText()),
                hashes(v.get("proof")), bytes(v.get("root1")), bytes(v.get("root2")));
        check(v, verify::run);
    }

    @Test
    void theVectorSetIsComplete() {
        // 98 inclusion and 98 consistency files in transparency-dev/merkle testdata as shipped in ../shared.
        assertThat(inclusionVectors().count()).isEqualTo(98);
        assertThat(consistencyVectors().count()).isEqualTo(98);
    }

    private static void check(JsonNode vector, Runnable verify) {
        String desc = vector.get("desc").asText();
        if (vector.get("wantErr").asBoolean()) {
            assertThatThrownBy(verify::run).as(desc).isInstanceOf(VerificationException.class);
        } else {
            assertThatCode(verify::run).as(desc).doesNotThrowAnyException();
        }
    }

    private static Stream<Path> vectors(String dir, String what) {
        Path root = SharedData.require(dir, what);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode text) {
        return Base64.getDecoder().decode(text.asText());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(element -> hashes.add(bytes(element)));
        }
        return hashes;
    }
}
