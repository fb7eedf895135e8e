package dev.lambdaharness.junit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which Jupiter versions are refused, and what the message says; the 5.9 module of junit-versions-it runs it for real. */
class JupiterTest {

    @Test
    void versionsFrom510AndUnreadableOnesAreSupported() {
        assertThat(Jupiter.unsupported("5.10.0", "5.10.0")).isEmpty();
        assertThat(Jupiter.unsupported("5.14.4", "5.14.4")).isEmpty();
        assertThat(Jupiter.unsupported("6.0.0-M1", "6.0.0-M1")).isEmpty();
        assertThat(Jupiter.unsupported(null, "repackaged")).isEmpty();
        assertThat(Jupiter.unsupported()).isEmpty();
    }

    @Test
    void anOlderApiOrParamsIsNamedWithTheFix() {
        assertThat(Jupiter.unsupported("5.8.2", "5.8.2")).hasValue("Lambda Harness needs JUnit Jupiter 5.10 or newer,"
                + " but this test run has junit-jupiter-api 5.8.2. Raise JUnit: import org.junit:junit-bom at 5.10.5 or"
                + " newer (5.14.x, 6.x) in <dependencyManagement>, or set junit-jupiter's version to one, so that"
                + " junit-jupiter-api, -params and -engine are all of that version.");
        assertThat(Jupiter.unsupported("5.10.5", "5.7.0")).get().asString()
                .contains("this test run has junit-jupiter-params 5.7.0.");
        assertThat(Jupiter.unsupported("4.13", null)).get().asString().contains("junit-jupiter-api 4.13.");
    }
}
