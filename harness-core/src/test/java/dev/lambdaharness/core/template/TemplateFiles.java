package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Templates of the tests, written into a test's own folder, where their relative code paths point. */
final class TemplateFiles {

    private TemplateFiles() {
    }

    /** The refusal of what {@code reading} does with a template: an {@link InvalidTemplateException}, to check its message. */
    static AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable reading) {
        return assertThatThrownBy(reading).isInstanceOf(InvalidTemplateException.class);
    }

    static Path write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A SAM template of one function {@code F} ({@code example.F} on java21) with more properties,
     * each line indented as a property of {@code F}.
     */
    static Template samFunction(Path folder, String properties) {
        return read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  F:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: example.F
                      Runtime: java21
                """ + properties.indent(6));
    }

    static Template read(Path folder, String text) {
        return Template.read(write(folder, "template.yaml", text));
    }
}
