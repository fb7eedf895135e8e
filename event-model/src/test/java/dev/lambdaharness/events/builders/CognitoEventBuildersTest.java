package dev.lambdaharness.events.builders;

import static dev.lambdaharness.events.builders.JsonMatch.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreSignUpEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEvent;
import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPreTokenGenerationEventV2;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lambdaharness.events.Events;
import org.junit.jupiter.api.Test;

class CognitoEventBuildersTest {

    @Test
    void preSignUpHasTheShapeCognitoSends() {
        JsonNode event = JsonMatch.tree(Events.cognitoPreSignUp().region("eu-central-1").userName("jane")
                .userAttribute("phone_number", "+4915100000000").build());

        assertMatches(event, """
                {"version": "1", "region": "eu-central-1", "userPoolId": "re:eu-central-1_[A-Za-z0-9]{9}",
                 "userName": "jane",
                 "callerContext": {"awsSdkVersion": "aws-sdk-unknown-unknown", "clientId": "re:[a-z0-9]{26}"},
                 "triggerSource": "PreSignUp_SignUp",
                 "request": {"userAttributes": {"email": "jane@example.com", "phone_number": "+4915100000000"},
                   "validationData": null},
                 "response": {"autoConfirmUser": false, "autoVerifyEmail": false, "autoVerifyPhone": false}}
                """);
    }

    @Test
    void preSignUpCarriesValidationDataAndClientMetadataToTheTypedEvent() {
        CognitoUserPoolPreSignUpEvent event = Events.cognitoPreSignUp().triggerSource("PreSignUp_AdminCreateUser")
                .userPoolId("eu-west-1_AbCdEfGhI").clientId("abc123").validationData("captcha", "ok")
                .clientMetadata("invite", "i-42").userAttribute("email", "jane@corp.example")
                .build().as(CognitoUserPoolPreSignUpEvent.class);

        assertThat(event.getTriggerSource()).isEqualTo("PreSignUp_AdminCreateUser");
        assertThat(event.getUserPoolId()).isEqualTo("eu-west-1_AbCdEfGhI");
        assertThat(event.getCallerContext().getClientId()).isEqualTo("abc123");
        assertThat(event.getRequest().getValidationData()).containsEntry("captcha", "ok");
        assertThat(event.getRequest().getClientMetadata()).containsEntry("invite", "i-42");
        assertThat(event.getRequest().getUserAttributes()).containsEntry("email", "jane@corp.example").hasSize(1);
        assertThat(event.getResponse().getAutoConfirmUser()).isFalse();
    }

    @Test
    void postConfirmationCarriesTheConfirmedUser() {
        CognitoUserPoolPostConfirmationEvent event = Events.cognitoPostConfirmation()
                .triggerSource("PostConfirmation_ConfirmForgotPassword").build()
                .as(CognitoUserPoolPostConfirmationEvent.class);

        assertThat(event.getRequest().getUserAttributes())
                .containsEntry("cognito:user_status", "CONFIRMED")
                .containsEntry("email_verified", "true")
                .containsEntry("email", "jane.doe@example.com")
                .hasEntrySatisfying("sub", sub -> assertThat(sub).matches(Patterns.UUID.substring(3)));
        assertThat(event.getTriggerSource()).isEqualTo("PostConfirmation_ConfirmForgotPassword");
        assertThat(JsonMatch.tree(Events.cognitoPostConfirmation().build()).get("response").isEmpty()).isTrue();
    }

    @Test
    void preTokenGenerationV1HasGroupsAndAnEmptyOverride() {
        JsonNode event = JsonMatch.tree(Events.cognitoPreTokenGeneration().groups("admins", "staff")
                .iamRoles("arn:aws:iam::123456789012:role/admins").build());

        assertThat(event.get("version").asText()).isEqualTo("1");
        assertThat(event.get("triggerSource").asText()).isEqualTo("TokenGeneration_Authentication");
        assertMatches(event.at("/request/groupConfiguration"), """
                {"groupsToOverride": ["admins", "staff"],
                 "iamRolesToOverride": ["arn:aws:iam::123456789012:role/admins"], "preferredRole": null}
                """);
        assertThat(event.at("/request").has("scopes")).isFalse();
        assertThat(event.at("/response").has("claimsOverrideDetails")).isTrue();
        CognitoUserPoolPreTokenGenerationEvent typed = Events.cognitoPreTokenGeneration().groups("admins").build()
                .as(CognitoUserPoolPreTokenGenerationEvent.class);
        assertThat(typed.getRequest().getGroupConfiguration().getGroupsToOverride()).containsExactly("admins");
    }

    @Test
    void preTokenGenerationV2AddsScopesAndTheScopeOverride() {
        CognitoUserPoolPreTokenGenerationEventV2 event = Events.cognitoPreTokenGeneration().v2()
                .scopes("openid", "orders/read").triggerSource("TokenGeneration_RefreshTokens").build()
                .as(CognitoUserPoolPreTokenGenerationEventV2.class);

        assertThat(event.getVersion()).isEqualTo("2");
        assertThat(event.getRequest().getScopes()).containsExactly("openid", "orders/read");
        assertThat(event.getTriggerSource()).isEqualTo("TokenGeneration_RefreshTokens");
        assertThat(JsonMatch.tree(Events.cognitoPreTokenGeneration().v2().build()).at("/response")
                .has("claimsAndScopeOverrideDetails")).isTrue();
    }

    @Test
    void badInputIsRefusedWithTheFix() {
        assertThatThrownBy(() -> Events.cognitoPreSignUp().triggerSource("PostConfirmation_ConfirmSignUp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("triggerSource \"PostConfirmation_ConfirmSignUp\" is not one of this trigger's: "
                        + "[PreSignUp_AdminCreateUser, PreSignUp_ExternalProvider, PreSignUp_SignUp].");
        assertThatThrownBy(() -> Events.cognitoPostConfirmation().userPoolId("pool-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"eu-west-1_AbCdEfGhI\"");
    }
}
