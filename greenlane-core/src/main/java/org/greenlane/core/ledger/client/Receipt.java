package org.greenlane.core.ledger.client;

import org.greenlane.core.ledger.NodeId;
import org.greenlane.core.ledger.Rfc6962;
import org.greenlane.core.ledger.VerificationException;
import org.greenlane.core.ledger.internal.Base64Text;
import org.greenlane.core.ledger.internal.Decimal;
import org.greenlane.core.ledger.internal.NoteText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A receipt in C2SP tlog-proof form: it proves offline that an entry is in the log.
 * <pre>
 * c2sp.org/tlog-proof@v1
 * extra &lt;base64&gt;            (optional, opaque application data)
 * index &lt;decimal&gt;
 * &lt;base64 proof hash&gt;       (one line per inclusion-proof hash, leaf to root)
 *
 * &lt;signed checkpoint note&gt;
 * </pre>
 */
public final class Receipt {

    static final String HEADER = "c2sp.org/tlog-proof@v1";

    private final byte[] extra;
    private final long index;
    private final List<byte[]> proof;
    private final String signedCheckpoint;

    private Receipt(byte[] extra, long index, List<byte[]> proof, String signedCheckpoint) {
        this.extra = extra;
        this.index = index;
        this.proof = proof;
        this.signedCheckpoint = signedCheckpoint;
    }

    /** A receipt for entry {@code index} with its inclusion proof in the tree of the signed checkpoint. */
    public static Receipt of(long index, List<byte[]> proof, String signedCheckpoint) {
        return create(null, index, proof, signedCheckpoint);
    }

    /** As {@link #of}, carrying opaque non-empty application data on the {@code extra} line. */
    public static Receipt withExtra(byte[] extra, long index, List<byte[]> proof, String signedCheckpoint) {
        if (extra.length == 0) {
            throw new IllegalArgumentException("receipt extra data must be non-empty; omit it instead");
        }
        return create(extra.clone(), index, proof, signedCheckpoint);
    }

    private static Receipt create(byte[] extra, long index, List<byte[]> proof, String signedCheckpoint) {
        if (index < 0) {
            throw new IllegalArgumentException("receipt index must be non-negative, was " + index);
        }
        if (proof.size() > NodeId.MAX_LEVEL + 1) {
            throw new IllegalArgumentException("receipt proof has " + proof.size() + " hashes; no tree needs more than "
                    + (NodeId.MAX_LEVEL + 1));
        }
        List<byte[]> hashes = new ArrayList<>(proof.size());
        for (int i = 0; i < proof.size(); i++) {
            if (proof.get(i).length != Rfc6962.HASH_SIZE) {
                throw new IllegalArgumentException("receipt proof hash " + i + " must be 32 bytes, was " + proof.get(i).length);
            }
            hashes.add(proof.get(i).clone());
        }
        if (signedCheckpoint.isEmpty() || !signedCheckpoint.endsWith("\n") || signedCheckpoint.startsWith("\n")
                || !NoteText.isClean(signedCheckpoint)) {
            throw new IllegalArgumentException("receipt checkpoint must be a signed note: non-empty text ending in a newline");
        }
        return new Receipt(extra, index, List.copyOf(hashes), signedCheckpoint);
    }

    /**
     * Parses a receipt strictly. The checkpoint note is kept as text; {@link LogClient#verifyReceipt}
     * opens and checks it.
     *
     * @throws VerificationException naming the offending line
     */
    public static Receipt parse(String text) {
        int split = text.indexOf("\n\n");
        if (split < 0) {
            throw new VerificationException("receipt has no blank line before its checkpoint");
        }
        List<String> lines = Arrays.asList(text.substring(0, split).split("\n", -1));
        if (!lines.get(0).equals(HEADER)) {
            throw new VerificationException("receipt must start with the line " + HEADER);
        }
        int next = 1;
        byte[] extra = null;
        if (next < lines.size() && lines.get(next).startsWith("extra ")) {
            extra = Base64Text.decode(lines.get(next).substring("extra ".length()))
                    .filter(bytes -> bytes.length > 0)
                    .orElseThrow(() -> new VerificationException("receipt extra line is not non-empty canonical base64"));
            next++;
        }
        if (next == lines.size() || !lines.get(next).startsWith("index ")) {
            throw new VerificationException("receipt line " + (next + 1) + " must be 'index <decimal>'");
        }
        OptionalLong index = Decimal.parse(lines.get(next).substring("index ".length()));
        if (index.isEmpty()) {
            throw new VerificationException("receipt index '" + lines.get(next).substring("index ".length())
                    + "' is not a decimal without leading zeros below 2^63");
        }
        List<byte[]> proof = new ArrayList<>();
        for (int i = next + 1; i < lines.size(); i++) {
            int line = i + 1;
            byte[] hash = Base64Text.decode(lines.get(i)).filter(bytes -> bytes.length == Rfc6962.HASH_SIZE)
                    .orElseThrow(() -> new VerificationException("receipt line " + line
                            + " is not a base64 proof hash of 32 bytes"));
            proof.add(hash);
        }
        try {
            return create(extra, index.getAsLong(), proof, text.substring(split + 2));
        } catch (IllegalArgumentException e) {
            throw new VerificationException(e.getMessage());
        }
    }

    /** The receipt text. */
    public String format() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        if (extra != null) {
            text.append("extra ").append(Base64Text.encode(extra)).append('\n');
        }
        text.append("index ").append(index).append('\n');
        proof.forEach(hash -> text.append(Base64Text.encode(hash)).append('\n'));
        return text.append('\n').append(signedCheckpoint).toString();
    }

    public Optional<byte[]> extra() {
        return Optional.ofNullable(extra).map(byte[]::clone);
    }

    public long index() {
        return index;
    }

    public List<byte[]> proof() {
        List<byte[]> copy = new ArrayList<>(proof.size());
        proof.forEach(hash -> copy.add(hash.clone()));
        return copy;
    }

    /** The signed checkpoint note, not yet verified. */
    public String signedCheckpoint() {
        return signedCheckpoint;
    }

    @Override
    public String toString() {
        return "Receipt[index " + index + ", " + proof.size() + " proof hashes]";
    }
}
