package org.greenlane.core.ledger.tile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TilePathTest {

    @Test
    void writesTheC2spLayout() {
        // c2sp.org/tlog-tiles: index 1234067 is written x001/x234/067; partial tiles append .p/<W>.
        assertThat(new HashTile(0, 1234067, 256).path()).isEqualTo("tile/0/x001/x234/067");
        assertThat(new HashTile(2, 1234067, 8).path()).isEqualTo("tile/2/x001/x234/067.p/8");
        assertThat(new HashTile(0, 0, 256).path()).isEqualTo("tile/0/000");
        assertThat(new HashTile(1, 999, 1).path()).isEqualTo("tile/1/999.p/1");
        assertThat(new HashTile(1, 1000, 256).path()).isEqualTo("tile/1/x001/000");
        assertThat(new EntryTile(1234067, 256).path()).isEqualTo("tile/entries/x001/x234/067");
        assertThat(new EntryTile(5, 255).path()).isEqualTo("tile/entries/005.p/255");
        assertThat(new HashTile(2, 1234067, 8).isPartial()).isTrue();
        assertThat(new EntryTile(5, 256).isPartial()).isFalse();
        assertThat(new HashTile(0, Long.MAX_VALUE, 256).path()).isEqualTo("tile/0/x009/x223/x372/x036/x854/x775/807");
    }

    @Test
    void parsesWhatItWrites() {
        for (TilePath tile : List.of(new HashTile(0, 1234067, 256), new HashTile(63, 7, 255), new HashTile(3, 0, 1),
                new EntryTile(0, 1), new EntryTile(1000000, 256), new HashTile(0, Long.MAX_VALUE, 17))) {
            assertThat(TilePath.parse(tile.path())).isEqualTo(tile);
        }
    }

    @Test
    void rejectsEveryOtherSpelling() {
        List<String> bad = List.of(
                "tile/0/1", "tile/0/0001", "tile/0/x1/234", "tile/0/001/234", "tile/0/x001/x234", "tile/0/x000/001",
                "tile/00/000", "tile/64/000", "tile/-1/000", "tile/0/000.p/0", "tile/0/000.p/256", "tile/0/000.p/08",
                "tile/0/000.p/", "tile/0/000.p", "tile/0/000/", "/tile/0/000", "tile//000", "tiles/0/000",
                "tile/entries/000.p/300", "tile/data/000", "tile/0/x009/x223/x372/x036/x854/x775/808", "tile/0/x0a1/000");
        for (String path : bad) {
            assertThatThrownBy(() -> TilePath.parse(path)).as(path).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> TilePath.parse("tile/0/x000/001"))
                .hasMessage("tile path 'tile/0/x000/001' writes its index with a leading x000 element");
    }

    @Test
    void validatesCoordinates() {
        assertThatThrownBy(() -> new HashTile(0, 0, 0)).hasMessage("tile width must be 1..256, was 0");
        assertThatThrownBy(() -> new HashTile(64, 0, 1)).hasMessage("tile level must be 0..63, was 64");
        assertThatThrownBy(() -> new EntryTile(-1, 1)).hasMessageContaining("was -1");
        // Entry 700 of 1000 sits in bundle 700 / 256 = 2 (entries 512..767), full; entry 900 in bundle 3,
        // which holds the last 1000 − 768 = 232 entries.
        assertThat(EntryTile.containing(700, 1000)).isEqualTo(new EntryTile(2, 256));
        assertThat(EntryTile.containing(900, 1000)).isEqualTo(new EntryTile(3, 232));
        assertThat(EntryTile.containing(255, 1000)).isEqualTo(new EntryTile(0, 256));
        assertThatThrownBy(() -> EntryTile.containing(1000, 1000)).hasMessage("entry index must be 0..999, was 1000");
    }
}
