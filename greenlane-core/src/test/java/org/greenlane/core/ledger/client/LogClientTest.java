package org.greenlane.core.ledger.client;

import org.greenlane.core.ledger.Checkpoint;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.note.NoteSigner;
import org.greenlane.core.ledger.note.SignedNote;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogClientTest {

    private static final String ORIGIN = "greenlane.example/log";
    private static final NoteSigner KEY = NoteSigner.generate(ORIGIN, new SecureRandom());
    private static final LogClient CLIENT = new LogClient(ORIGIN, KEY.verifier());

    @Test
    void followsAGrowingLog() {
        TestLog log = new TestLog(ORIGIN, KEY).append("a", 10);
        Checkpoint first = CLIENT.verifyUpdate(Optional.empty(), log.signedCheckpoint(), List.of());
        assertThat(first.size()).isEqualTo(10);

        log.append("b", 290);
        Checkpoint second = CLIENT.verifyUpdate(Optional.of(first), log.signedCheckpoint(), log.log.consistencyProof(10, 300));
        assertThat(second.size()).isEqualTo(300);
        assertThat(CLIENT.verifyUpdate(Optional.of(second), log.signedCheckpoint(), List.of())).isEqualTo(second);
    }

    @Test
    void rejectsASecondHistory() {
        TestLog honest = new TestLog(ORIGIN, KEY).append("a", 10);
        Checkpoint trusted = CLIENT.verifyCheckpoint(honest.signedCheckpoint());
        honest.append("a", 10);
        // The operator rewrites entry 5 and shows this fork, properly signed, to someone else.
        TestLog fork = new TestLog(ORIGIN, KEY).append("a", 5).append("forged", 1).append("a", 14);
        assertThatThrownBy(() -> CLIENT.verifyUpdate(Optional.of(trusted), fork.signedCheckpoint(),
                fork.log.consistencyProof(10, 20)))
                .isInstanceOf(VerificationException.class)
                .hasMessageStartingWith("checkpoint of size 20 does not extend the trusted one of size 10");
        assertThatThrownBy(() -> CLIENT.verifyUpdate(Optional.of(trusted), fork.signedCheckpoint(),
                honest.log.consistencyProof(10, 20)))
                .isInstanceOf(VerificationException.class);
        TestLog sameSize = new TestLog(ORIGIN, KEY).append("other", 10);
        assertThatThrownBy(() -> CLIENT.verifyUpdate(Optional.of(trusted), sameSize.signedCheckpoint(), List.of()))
                .hasMessageContaining("trees of equal size 10 have different roots");
    }

    @Test
    void rejectsRollbackForeignOriginsAndForeignKeys() {
        TestLog log = new TestLog(ORIGIN, KEY).append("a", 10);
        String at10 = log.signedCheckpoint();
        log.append("a", 5);
        Checkpoint at15 = CLIENT.verifyCheckpoint(log.signedCheckpoint());
        assertThatThrownBy(() -> CLIENT.verifyUpdate(Optional.of(at15), at10, List.of()))
                .hasMessage("log went back from size 15 to 10");

        TestLog other = new TestLog("other.example/log", KEY).append("a", 3);
        assertThatThrownBy(() -> CLIENT.verifyCheckpoint(other.signedCheckpoint()))
                .hasMessage("checkpoint is for origin 'other.example/log', not 'greenlane.example/log'");

        NoteSigner impostor = NoteSigner.generate(ORIGIN, new SecureRandom());
        String forged = SignedNote.sign(Checkpoint.of(ORIGIN, 15, log.log.root()).format(), List.of(impostor));
        assertThatThrownBy(() -> CLIENT.verifyCheckpoint(forged)).hasMessageContaining("no signature by a known key");

        assertThatThrownBy(() -> CLIENT.verifyUpdate(Optional.empty(), at10, log.log.consistencyProof(10, 15)))
                .hasMessageContaining("no consistency proof is expected");
    }

    @Test
    void anEmptyTrustedTreeIsExtendedByAnyTree() {
        TestLog log = new TestLog(ORIGIN, KEY);
        Checkpoint empty = CLIENT.verifyCheckpoint(log.signedCheckpoint());
        log.append("a", 7);
        assertThat(CLIENT.verifyUpdate(Optional.of(empty), log.signedCheckpoint(), List.of()).size()).isEqualTo(7);
    }
}
