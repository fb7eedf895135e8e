package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.JsonNode;
import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Ids;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;
import java.util.Set;

/**
 * What the Cognito user pool trigger builders share: the envelope Cognito sends every trigger
 * ({@code version}, {@code region}, {@code userPoolId} in the region's {@code <region>_<id>} form,
 * {@code userName}, {@code callerContext} with the app client id, {@code triggerSource}), the
 * user's attributes and the app's client metadata. The trigger's own {@code request} and the
 * {@code response} Cognito expects back are each builder's.
 *
 * <pre>{@code
 * EventPayload signUp = Events.cognitoPreSignUp().userName("jane")
 *         .userAttribute("email", "jane@example.com")
 *         .clientMetadata("invite", "i-42")
 *         .build();
 * }</pre>
 *
 * @param <SELF> the concrete builder, which every setting returns
 */
public abstract class CognitoUserPoolEventBuilder<SELF extends CognitoUserPoolEventBuilder<SELF>>
        extends EventBuilder<SELF> {

    private String userPoolId;
    private String userName = "jane.doe";
    private String clientId;
    private String triggerSource;
    private NameValues attributes = NameValues.empty();
    private NameValues clientMetadata = NameValues.empty();

    CognitoUserPoolEventBuilder() {
    }

    /**
     * @param id the user pool's id, such as {@code eu-west-1_AbCdEfGhI}; by default one in the
     *     builder's region
     * @return a builder for that user pool
     */
    public final SELF userPoolId(String id) {
        Checks.text("userPoolId", id);
        if (!id.matches("[a-z]{2}(-[a-z]+)+-\\d+_[0-9A-Za-z]+")) {
            throw new IllegalArgumentException("userPoolId \"" + id + "\" is not a user pool id. "
                    + "Pass one such as \"eu-west-1_AbCdEfGhI\": the region, an underscore, the id.");
        }
        return with(b -> ((CognitoUserPoolEventBuilder<SELF>) b).userPoolId = id);
    }

    /**
     * @param name the user's user name
     * @return a builder for that user (default {@code jane.doe})
     */
    public final SELF userName(String name) {
        Checks.text("userName", name);
        return with(b -> ((CognitoUserPoolEventBuilder<SELF>) b).userName = name);
    }

    /**
     * @param name attribute name, such as {@code email} or {@code custom:tenant}
     * @param value its value; Cognito sends every attribute as a string
     * @return a builder whose user has that attribute, replacing a default of the same name
     */
    public final SELF userAttribute(String name, String value) {
        Checks.text("attribute name", name);
        Checks.present("attribute value", value);
        return with(b -> {
            CognitoUserPoolEventBuilder<SELF> self = b;
            self.attributes = self.attributes.without(name).with(name, value);
        });
    }

    /**
     * @param name key the app passed in {@code ClientMetadata}
     * @param value its value
     * @return a builder whose request carries that client metadata
     */
    public final SELF clientMetadata(String name, String value) {
        Checks.text("client metadata name", name);
        Checks.present("client metadata value", value);
        return with(b -> {
            CognitoUserPoolEventBuilder<SELF> self = b;
            self.clientMetadata = self.clientMetadata.without(name).with(name, value);
        });
    }

    /**
     * @param id the app client's id
     * @return a builder for a request from that app client (by default a generated one)
     */
    public final SELF clientId(String id) {
        Checks.text("clientId", id);
        return with(b -> ((CognitoUserPoolEventBuilder<SELF>) b).clientId = id);
    }

    /**
     * @param source what caused the trigger; each builder names the values its trigger has
     * @return a builder for that cause
     */
    public final SELF triggerSource(String source) {
        if (!triggerSources().contains(source)) {
            throw new IllegalArgumentException("triggerSource \"" + source + "\" is not one of this trigger's: "
                    + triggerSources().stream().sorted().toList() + ".");
        }
        return with(b -> ((CognitoUserPoolEventBuilder<SELF>) b).triggerSource = source);
    }

    /** @return the trigger sources this trigger has, the first being the default */
    abstract List<String> triggerSourceList();

    private Set<String> triggerSources() {
        return Set.copyOf(triggerSourceList());
    }

    /** @return the attributes Cognito adds for this trigger, before the user's */
    abstract NameValues defaultAttributes(Wire wire, String sub);

    /** @return the trigger's {@code request}, given its user attributes */
    abstract ObjectNode request(ObjectNode userAttributes, NameValues clientMetadata);

    /** @return the trigger's {@code response} as Cognito sends it, to be filled by the function */
    abstract ObjectNode response();

    /** @return the envelope's {@code version} */
    String version() {
        return "1";
    }

    @Override
    final Object content() {
        return List.of(String.valueOf(userPoolId), userName, String.valueOf(clientId), String.valueOf(triggerSource),
                attributes, clientMetadata, more());
    }

    /** @return the subclass's own settings, for the id seed */
    abstract Object more();

    @Override
    final JsonNode json(Wire wire) {
        Ids ids = wire.ids();
        String sub = ids.uuid();
        NameValues userAttributes = attributes.after(NameValues.empty()
                .with("email", userName.replaceAll("[^A-Za-z0-9._-]", "") + "@example.com")
                .after(defaultAttributes(wire, sub)));
        ObjectNode event = Json.object();
        event.put("version", version());
        event.put("region", wire.region());
        event.put("userPoolId", userPoolId != null ? userPoolId : wire.region() + "_" + ids.alphanumeric(9));
        event.put("userName", userName);
        event.putObject("callerContext")
                .put("awsSdkVersion", "aws-sdk-unknown-unknown")
                .put("clientId", clientId != null ? clientId : ids.lowerAlphanumeric(26));
        event.put("triggerSource", triggerSource != null ? triggerSource : triggerSourceList().get(0));
        event.set("request", request(Json.strings(userAttributes.last()), clientMetadata));
        event.set("response", response());
        return event;
    }

    /** @return {@code clientMetadata} into {@code request} when the app sent any, as Cognito leaves it out otherwise */
    static ObjectNode withClientMetadata(ObjectNode request, NameValues clientMetadata) {
        if (!clientMetadata.isEmpty()) {
            request.set("clientMetadata", Json.strings(clientMetadata.last()));
        }
        return request;
    }

    /** @return the attributes of a confirmed user: {@code sub}, status and verified email */
    static NameValues confirmedUser(String sub) {
        return NameValues.empty()
                .with("sub", sub)
                .with("email_verified", "true")
                .with("cognito:user_status", "CONFIRMED");
    }
}
