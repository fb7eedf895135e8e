package dev.lambdaharness.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lambdaharness.core.FunctionCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A function's code where its template says it is, relative to the template's folder, with its layers. */
class TemplateCodeTest {

    @TempDir
    Path folder;

    @Test
    void aFolderIsTheFunctionsClasses() {
        Path classes = TemplateFiles.write(folder, "build/classes/example/F.class", "").getParent().getParent();

        FunctionCode code = TemplateFiles.samFunction(folder, "CodeUri: build/classes").function("F").code();

        assertThat(code.classpath()).containsExactly(classes.toAbsolutePath());
    }

    @Test
    void aFolderWithLibIsATaskRootAndAZipADeploymentPackage() throws IOException {
        TemplateFiles.write(folder, "root/lib/dependency.jar", "");
        Path zip = folder.resolve("orders.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("example/F.class"));
            out.closeEntry();
        }

        assertThat(TemplateFiles.samFunction(folder, "CodeUri: root").function("F").code())
                .isEqualTo(FunctionCode.fromTaskRoot(folder.resolve("root").toAbsolutePath()));
        assertThat(TemplateFiles.samFunction(folder, "CodeUri: orders.zip").function("F").code().functionEntries())
                .hasSize(1);
    }

    @Test
    void anotherMavenProjectIsItsBuiltClassesAndCopiedDependencies() {
        TemplateFiles.write(folder, "orders/pom.xml", "<project/>");
        Path classes = TemplateFiles.write(folder, "orders/target/classes/example/F.class", "").getParent().getParent();
        Path jar = TemplateFiles.write(folder, "orders/target/dependency/model.jar", "");

        FunctionCode code = TemplateFiles.samFunction(folder, "CodeUri: orders").function("F").code();

        assertThat(code.classpath()).containsExactly(classes.toAbsolutePath(), jar.toAbsolutePath());
    }

    @Test
    void anUnbuiltMavenProjectIsRefusedNamingTheBuild() {
        TemplateFiles.write(folder, "orders/pom.xml", "<project/>");

        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, "CodeUri: orders").function("F").code())
                .hasMessageContaining("Resources.F.Properties.CodeUri is the Maven project")
                .hasMessageContaining("which has no target/classes. Build it first");
    }

    @Test
    void aLocalLayerIsOnTheCodesLayerPath() throws IOException {
        Path layerJar = TemplateFiles.write(folder, "layer/java/lib/shared.jar", "");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(layerJar))) {
            out.putNextEntry(new ZipEntry("example/Shared.class"));
            out.closeEntry();
        }
        TemplateFiles.write(folder, "classes/example/F.class", "");
        Template template = TemplateFiles.read(folder, """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Shared:
                    Type: AWS::Serverless::LayerVersion
                    Properties: {ContentUri: layer}
                  F:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: example.F, Runtime: java21, CodeUri: classes, Layers: [!Ref Shared]}
                """);

        assertThat(template.function("F").code().layerJars()).extracting(p -> p.getFileName().toString())
                .containsExactly("shared.jar");
    }

    @Test
    void codeInAwsOnlyIsRefusedNamingWhatToGiveInstead() {
        TemplateFiles.write(folder, "classes/example/F.class", "");

        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, "CodeUri: s3://bucket/orders.zip").function("F").code())
                .hasMessageContaining("function F's code is s3://bucket/orders.zip, which is in AWS, not on this machine")
                .hasMessageContaining("@LambdaTest(code = ...)");
        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, """
                CodeUri: classes
                Layers: ['arn:aws:lambda:us-east-1:017000801446:layer:AWSLambdaPowertoolsJava:1']
                """).function("F").code())
                .hasMessageContaining("Resources.F.Properties.Layers[0] is layer"
                        + " arn:aws:lambda:us-east-1:017000801446:layer:AWSLambdaPowertoolsJava:1, which is in AWS")
                .hasMessageContaining("FunctionCode.withLayers(...) or @LambdaTest(layers = ...)");
        TemplateFiles.refused(() -> TemplateFiles.samFunction(folder, "CodeUri: missing").function("F").code())
                .hasMessageContaining("Resources.F.Properties.CodeUri is " + folder.resolve("missing")
                        + ", which does not exist");
    }

    @Test
    void withoutCodeUriTheCodeIsTheTemplatesFolderAsSamCliBuildsIt() {
        TemplateFiles.write(folder, "example/F.class", "");

        assertThat(TemplateFiles.samFunction(folder, "").function("F").code().classpath())
                .containsExactly(folder.toAbsolutePath());
    }
}
