package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;

/**
 * A Cognito user pool post confirmation trigger: the confirmed user's attributes (with
 * {@code sub}, {@code email_verified} and {@code cognito:user_status} {@code CONFIRMED}) and an
 * empty response. Trigger sources: {@code PostConfirmation_ConfirmSignUp} (the default) and
 * {@code PostConfirmation_ConfirmForgotPassword}.
 *
 * <pre>{@code
 * EventPayload confirmed = Events.cognitoPostConfirmation().userName("jane")
 *         .userAttribute("email", "jane@example.com")
 *         .build();
 * }</pre>
 */
public final class CognitoPostConfirmationEventBuilder
        extends CognitoUserPoolEventBuilder<CognitoPostConfirmationEventBuilder> {

    /** A builder for user {@code jane.doe} confirming sign-up; {@link dev.lambdaharness.events.Events#cognitoPostConfirmation()} is the usual way in. */
    public CognitoPostConfirmationEventBuilder() {
    }

    @Override
    List<String> triggerSourceList() {
        return List.of("PostConfirmation_ConfirmSignUp", "PostConfirmation_ConfirmForgotPassword");
    }

    @Override
    NameValues defaultAttributes(Wire wire, String sub) {
        return confirmedUser(sub);
    }

    @Override
    ObjectNode request(ObjectNode userAttributes, NameValues clientMetadata) {
        ObjectNode request = Json.object();
        request.set("userAttributes", userAttributes);
        return withClientMetadata(request, clientMetadata);
    }

    @Override
    ObjectNode response() {
        return Json.object();
    }

    @Override
    Object more() {
        return "";
    }
}
