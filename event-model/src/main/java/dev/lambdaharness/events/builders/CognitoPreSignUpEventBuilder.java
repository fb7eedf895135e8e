package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;

/**
 * A Cognito user pool pre sign-up trigger: the attributes the user signed up with, the
 * {@code validationData} the app sent ({@code null} when none), and the response Cognito expects
 * back with {@code autoConfirmUser}, {@code autoVerifyEmail} and {@code autoVerifyPhone} all
 * {@code false}. Trigger sources: {@code PreSignUp_SignUp} (the default),
 * {@code PreSignUp_AdminCreateUser}, {@code PreSignUp_ExternalProvider}.
 *
 * <pre>{@code
 * EventPayload signUp = Events.cognitoPreSignUp().userName("jane")
 *         .userAttribute("email", "jane@example.com")
 *         .validationData("captcha", "ok")
 *         .build();
 * }</pre>
 */
public final class CognitoPreSignUpEventBuilder extends CognitoUserPoolEventBuilder<CognitoPreSignUpEventBuilder> {

    private NameValues validationData = NameValues.empty();

    /** A builder for user {@code jane.doe} signing up; {@link dev.lambdaharness.events.Events#cognitoPreSignUp()} is the usual way in. */
    public CognitoPreSignUpEventBuilder() {
    }

    /**
     * @param name key of the {@code ValidationData} the app passed to {@code SignUp}
     * @param value its value
     * @return a builder whose request carries that validation data
     */
    public CognitoPreSignUpEventBuilder validationData(String name, String value) {
        Checks.text("validation data name", name);
        Checks.present("validation data value", value);
        return with(b -> b.validationData = b.validationData.without(name).with(name, value));
    }

    @Override
    List<String> triggerSourceList() {
        return List.of("PreSignUp_SignUp", "PreSignUp_AdminCreateUser", "PreSignUp_ExternalProvider");
    }

    @Override
    NameValues defaultAttributes(Wire wire, String sub) {
        return NameValues.empty();
    }

    @Override
    ObjectNode request(ObjectNode userAttributes, NameValues clientMetadata) {
        ObjectNode request = Json.object();
        request.set("userAttributes", userAttributes);
        request.set("validationData", validationData.isEmpty() ? null : Json.strings(validationData.last()));
        return withClientMetadata(request, clientMetadata);
    }

    @Override
    ObjectNode response() {
        return Json.object().put("autoConfirmUser", false).put("autoVerifyEmail", false).put("autoVerifyPhone", false);
    }

    @Override
    Object more() {
        return validationData;
    }
}
