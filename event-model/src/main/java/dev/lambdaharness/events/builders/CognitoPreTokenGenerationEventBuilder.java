package dev.lambdaharness.events.builders;

import dev.lambdaharness.internal.jackson.databind.node.ObjectNode;
import dev.lambdaharness.events.internal.Checks;
import dev.lambdaharness.events.internal.Json;
import dev.lambdaharness.events.internal.NameValues;
import dev.lambdaharness.events.internal.Wire;
import java.util.List;

/**
 * A Cognito user pool pre token generation trigger, in the V1 event (the default: ID token
 * claims only, {@code response.claimsOverrideDetails}) or, with {@link #v2()}, the V2 event
 * ({@code version} 2, the access token's {@code scopes} in the request and
 * {@code response.claimsAndScopeOverrideDetails}). The request carries the user's attributes and
 * its {@code groupConfiguration} (groups, IAM roles, preferred role). Trigger sources:
 * {@code TokenGeneration_Authentication} (the default), {@code TokenGeneration_HostedAuth},
 * {@code TokenGeneration_NewPasswordChallenge}, {@code TokenGeneration_AuthenticateDevice},
 * {@code TokenGeneration_RefreshTokens}.
 *
 * <pre>{@code
 * EventPayload tokens = Events.cognitoPreTokenGeneration().v2()
 *         .userName("jane").groups("admins", "staff")
 *         .scopes("openid", "orders/read")
 *         .build();
 * }</pre>
 */
public final class CognitoPreTokenGenerationEventBuilder
        extends CognitoUserPoolEventBuilder<CognitoPreTokenGenerationEventBuilder> {

    private boolean v2;
    private List<String> groups = List.of();
    private List<String> roles = List.of();
    private String preferredRole;
    private List<String> scopes = List.of("aws.cognito.signin.user.admin");

    /** A builder for a V1 event for user {@code jane.doe}; {@link dev.lambdaharness.events.Events#cognitoPreTokenGeneration()} is the usual way in. */
    public CognitoPreTokenGenerationEventBuilder() {
    }

    /** @return a builder for the V2 event, which can change access tokens too */
    public CognitoPreTokenGenerationEventBuilder v2() {
        return with(b -> b.v2 = true);
    }

    /**
     * @param names the groups the user is in
     * @return a builder whose {@code groupConfiguration.groupsToOverride} lists them
     */
    public CognitoPreTokenGenerationEventBuilder groups(String... names) {
        List<String> copy = List.of(names);
        return with(b -> b.groups = copy);
    }

    /**
     * @param arns the IAM roles of the user's groups
     * @return a builder whose {@code groupConfiguration.iamRolesToOverride} lists them
     */
    public CognitoPreTokenGenerationEventBuilder iamRoles(String... arns) {
        List<String> copy = List.of(arns);
        return with(b -> b.roles = copy);
    }

    /**
     * @param arn the preferred IAM role
     * @return a builder whose {@code groupConfiguration.preferredRole} is that role
     */
    public CognitoPreTokenGenerationEventBuilder preferredRole(String arn) {
        Checks.text("preferredRole", arn);
        return with(b -> b.preferredRole = arn);
    }

    /**
     * @param scopes the access token's scopes, sent in V2 events (default
     *     {@code aws.cognito.signin.user.admin})
     * @return a builder with those scopes
     */
    public CognitoPreTokenGenerationEventBuilder scopes(String... scopes) {
        List<String> copy = List.of(scopes);
        return with(b -> b.scopes = copy);
    }

    @Override
    String version() {
        return v2 ? "2" : "1";
    }

    @Override
    List<String> triggerSourceList() {
        return List.of("TokenGeneration_Authentication", "TokenGeneration_HostedAuth",
                "TokenGeneration_NewPasswordChallenge", "TokenGeneration_AuthenticateDevice",
                "TokenGeneration_RefreshTokens");
    }

    @Override
    NameValues defaultAttributes(Wire wire, String sub) {
        return confirmedUser(sub);
    }

    @Override
    ObjectNode request(ObjectNode userAttributes, NameValues clientMetadata) {
        ObjectNode request = Json.object();
        request.set("userAttributes", userAttributes);
        ObjectNode groupConfiguration = request.putObject("groupConfiguration");
        groupConfiguration.set("groupsToOverride", Json.strings(groups));
        groupConfiguration.set("iamRolesToOverride", Json.strings(roles));
        groupConfiguration.put("preferredRole", preferredRole);
        if (v2) {
            request.set("scopes", Json.strings(scopes));
        }
        return withClientMetadata(request, clientMetadata);
    }

    @Override
    ObjectNode response() {
        return Json.object().putNull(v2 ? "claimsAndScopeOverrideDetails" : "claimsOverrideDetails");
    }

    @Override
    Object more() {
        return List.of(v2, groups, roles, String.valueOf(preferredRole), scopes);
    }
}
