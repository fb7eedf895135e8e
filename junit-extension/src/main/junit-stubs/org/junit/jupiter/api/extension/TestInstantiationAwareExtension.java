package org.junit.jupiter.api.extension;

/**
 * The shape of JUnit Jupiter 5.12's interface, for compiling only: the extension is compiled against
 * Jupiter 5.10, and declares the one method of this interface it overrides, which 5.12 and later call.
 * No class file is made from this source ({@code -implicit:none}); the real interface comes with JUnit.
 */
public interface TestInstantiationAwareExtension extends Extension {

    /** The context constructor parameters are resolved in. */
    enum ExtensionContextScope {
        /** JUnit's default. */
        DEFAULT,
        /** The test method's context. */
        TEST_METHOD
    }

    /** The context constructor parameters are resolved in. */
    default ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.DEFAULT;
    }
}
