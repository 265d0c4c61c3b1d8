package org.greenlane.core.ledger.tile;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writing and strict reading of tlog-tiles paths, behind {@link TilePath}. */
final class TilePaths {

    private static final Pattern PATH = Pattern.compile(
            "tile/(entries|0|[1-9][0-9]*)/((?:x[0-9]{3}/)*[0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

    private TilePaths() {
    }

    /** Writes {@code N[.p/W]}: N in 3-digit elements, all but the last prefixed with "x". */
    static String indexPath(long index, int width) {
        String digits = Long.toString(index);
        digits = "00".substring(0, (3 - digits.length() % 3) % 3) + digits;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < digits.length() - 3; i += 3) {
            path.append('x').append(digits, i, i + 3).append('/');
        }
        path.append(digits, digits.length() - 3, digits.length());
        if (width < TilePath.FULL_WIDTH) {
            path.append(".p/").append(width);
        }
        return path.toString();
    }

    static TilePath parse(String path) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("tile path '" + path
                    + "' is not tile/<L>/<N>[.p/<W>] or tile/entries/<N>[.p/<W>] with N as x<ddd>/.../<ddd>");
        }
        String digits = matcher.group(2).replace("x", "").replace("/", "");
        if (digits.length() > 3 && digits.startsWith("000")) {
            throw new IllegalArgumentException("tile path '" + path + "' writes its index with a leading x000 element");
        }
        if (digits.length() > 21 || new BigInteger(digits).bitLength() > 63) {
            throw new IllegalArgumentException("tile path '" + path + "' has an index beyond 2^63-1");
        }
        long index = Long.parseLong(digits);
        int width = TilePath.FULL_WIDTH;
        if (matcher.group(3) != null) {
            width = Integer.parseInt(matcher.group(3));
            if (width >= TilePath.FULL_WIDTH) {
                throw new IllegalArgumentException("tile path '" + path + "' has partial width " + width
                        + "; a partial tile holds 1.." + (TilePath.FULL_WIDTH - 1));
            }
        }
        String level = matcher.group(1);
        if (level.equals("entries")) {
            return new EntryTile(index, width);
        }
        if (level.length() > 2 || Integer.parseInt(level) > HashTile.MAX_LEVEL) {
            throw new IllegalArgumentException("tile path '" + path + "' has level " + level
                    + "; tile levels are 0.." + HashTile.MAX_LEVEL);
        }
        return new HashTile(Integer.parseInt(level), index, width);
    }
}
