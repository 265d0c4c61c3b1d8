package org.greenlane.server.launcher;

/** A setting that prevents a start; the message names the setting so the operator knows what to fix. */
final class ConfigurationProblem extends RuntimeException {

    private final String setting;

    ConfigurationProblem(String setting, String problem) {
        super(setting + ": " + problem);
        this.setting = setting;
    }

    String setting() {
        return setting;
    }
}
