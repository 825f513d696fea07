package tw.rislink.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider. {@code jakarta.json.Json}'s static methods look the provider up
 * again on every call (a service-loader scan under a class-loader lock), which profiling
 * showed as the largest cost of an ID-card check; this looks it up once.
 */
public final class JsonKit {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonKit() {}
}
