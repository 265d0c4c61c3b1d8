package org.greenlane.server.label;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The GS1 rules a carbon label's Digital Link must follow (GS1 General Specifications 24.0; GS1 Digital
 * Link URI Syntax 1.4): a GTIN-14 with a valid check digit (AI 01) and a batch or lot number (AI 10) of
 * 1 to 20 characters from the AI encodable character set 82.
 */
final class Gs1 {

    static final int MAX_BATCH_LENGTH = 20;

    /** GS1 General Specifications, figure 7.11-1: the 82 characters an AI such as batch/lot may hold. */
    private static final String SET_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    /**
     * In set 82 but refused by Greenlane: a percent-encoded '/', '%', ';' or '\' in a URL path is rejected by
     * common web servers and firewalls (ours included), so a label carrying one could not be resolved.
     */
    private static final String UNRESOLVABLE = "/%;";

    private Gs1() {
    }

    /** GS1 General Specifications 7.9.1: weights 3 and 1 alternating from the right, modulo 10. */
    static int checkDigit(String digitsWithoutCheck) {
        int sum = 0;
        for (int i = 0; i < digitsWithoutCheck.length(); i++) {
            int digit = digitsWithoutCheck.charAt(digitsWithoutCheck.length() - 1 - i) - '0';
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /** Why the value is not a GTIN-14 (exactly 14 digits, right check digit), or empty when it is one. */
    static Optional<String> gtin14Problem(String value) {
        if (value == null || !value.matches("\\d{14}")) {
            return Optional.of("a GTIN-14 has exactly 14 digits");
        }
        int expected = checkDigit(value.substring(0, 13));
        if (expected != value.charAt(13) - '0') {
            return Optional.of("the check digit of " + value + " should be " + expected);
        }
        return Optional.empty();
    }

    /** Why the value cannot be a label's batch or lot number (AI 10), or empty when it can. */
    static Optional<String> batchProblem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("a batch or lot number has at least one character");
        }
        if (value.length() > MAX_BATCH_LENGTH) {
            return Optional.of("a batch or lot number (AI 10) has at most " + MAX_BATCH_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (SET_82.indexOf(c) < 0) {
                return Optional.of("'" + c + "' is not in the GS1 character set 82 that AI 10 allows "
                        + "(letters A-Z a-z, digits and ! \" % & ' ( ) * + , - . / : ; < = > ? _)");
            }
            if (UNRESOLVABLE.indexOf(c) >= 0) {
                return Optional.of("'" + c + "' is allowed by GS1 but cannot travel in a Digital Link path through "
                        + "common web servers; leave it out of the batch number on the label");
            }
        }
        if (value.chars().allMatch(c -> c == '.')) {
            return Optional.of("a batch number of only dots would be read as a relative path");
        }
        return Optional.empty();
    }

    /** A path segment of a Digital Link: unreserved characters as they are, everything else percent-encoded. */
    static String pathSegment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
