package org.greenlane.core.ledger.tile;

import org.greenlane.core.ledger.VerificationException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryBundleTest {

    @Test
    void eachEntryIsABigEndianUint16LengthAndItsBytes() {
        // "ab" → 00 02 61 62; empty → 00 00; 300 bytes of 0x07 → 01 2c then the bytes (300 = 0x012c).
        byte[] bundle = EntryBundle.encode(List.of("ab".getBytes(), new byte[0], filled(300)));
        assertThat(HexFormat.of().formatHex(bundle, 0, 8)).isEqualTo("000261620000012c");
        assertThat(bundle).hasSize(4 + 2 + 302);
        assertThat(EntryBundle.decode(new EntryTile(0, 3), bundle))
                .containsExactly("ab".getBytes(), new byte[0], filled(300));
    }

    @Test
    void decodingIsStrict() {
        byte[] bundle = EntryBundle.encode(List.of("ab".getBytes(), "cde".getBytes()));
        assertThatThrownBy(() -> EntryBundle.decode(new EntryTile(4, 3), bundle)).isInstanceOf(VerificationException.class)
                .hasMessage("tile/entries/004.p/3 ends before the length of entry 1026");
        assertThatThrownBy(() -> EntryBundle.decode(new EntryTile(0, 1), bundle))
                .hasMessage("tile/entries/000.p/1 has 5 bytes after its 1 entries");
        byte[] truncated = Arrays.copyOf(bundle, bundle.length - 1);
        assertThatThrownBy(() -> EntryBundle.decode(new EntryTile(0, 2), truncated))
                .hasMessage("tile/entries/000.p/2 ends inside entry 1 of 3 bytes");
    }

    @Test
    void encodingRejectsWhatTheFormatCannotHold() {
        assertThatThrownBy(() -> EntryBundle.encode(List.of())).hasMessageContaining("holds 1..256 entries, got 0");
        assertThatThrownBy(() -> EntryBundle.encode(List.of(new byte[65536]))).hasMessageContaining("entry 0 of the bundle");
        assertThat(EntryBundle.encode(List.of(new byte[65535]))).hasSize(65537);
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 7);
        return bytes;
    }
}
