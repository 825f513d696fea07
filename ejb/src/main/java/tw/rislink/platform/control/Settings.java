package tw.rislink.platform.control;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * Settings read from system properties, which an administrator sets in the server
 * configuration (or the run command and the tests set on the command line).
 */
public final class Settings {

    private Settings() {}

    public static Duration duration(String name, Duration fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "System property " + name + "=\"" + value + "\" is not an ISO-8601 duration such as PT30M", e);
        }
    }

    public static Period period(String name, Period fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Period.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(
                    "System property " + name + "=\"" + value + "\" is not an ISO-8601 period such as P1Y", e);
        }
    }

    public static boolean flag(String name, boolean fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Boolean.parseBoolean(value.trim());
    }

    public static int integer(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
