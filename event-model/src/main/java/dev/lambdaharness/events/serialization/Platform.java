package dev.lambdaharness.events.serialization;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;

/**
 * The caller platform the RIC reads from the client context's {@code env.platform}: Android
 * payloads go through Gson, the others through Jackson; each platform has its own serialiser cache.
 *
 * <pre>{@code
 * PojoSerializer<Object> serializer = space.serializerFor(Platform.of(context), Order.class);
 * }</pre>
 */
public enum Platform {
    /** {@code env.platform} is {@code Android}, in any case. */
    ANDROID,
    /** {@code env.platform} is {@code iPhoneOS}, in any case. */
    IOS,
    /** Anything else, or no client context. */
    UNKNOWN;

    /**
     * @param context the invocation's context
     * @return the platform its client context names
     */
    public static Platform of(Context context) {
        ClientContext clientContext = context.getClientContext();
        if (clientContext == null) {
            return UNKNOWN;
        }
        Map<String, String> environment = clientContext.getEnvironment();
        if (environment == null) {
            return UNKNOWN;
        }
        String platform = environment.get("platform");
        if ("Android".equalsIgnoreCase(platform)) {
            return ANDROID;
        }
        if ("iPhoneOS".equalsIgnoreCase(platform)) {
            return IOS;
        }
        return UNKNOWN;
    }
}
