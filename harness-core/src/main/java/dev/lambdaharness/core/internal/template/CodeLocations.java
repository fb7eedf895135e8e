package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.FunctionCode;
import dev.lambdaharness.core.InvalidFunctionCodeException;
import dev.lambdaharness.core.template.InvalidTemplateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A function's code where its template says it is: SAM's {@code CodeUri} (SAM CLI's default, the
 * template's folder, when absent) or CloudFormation's {@code Code} (a CDK asset, through its
 * {@code aws:asset:path} metadata), relative to the template's folder, with the layers its
 * {@code Layers} names in the template. A folder holding a Maven project is that project's output:
 * the running project's own code ({@link FunctionCode#fromTestClasspath()}) when it is the working
 * directory, else its {@code target/classes} and {@code target/dependency} jars. Code that is in
 * AWS only (an S3 location, an image, a layer ARN) is refused with what to give instead.
 *
 * <pre>{@code
 * FunctionCode code = new CodeLocations(resolver, Path.of("template.yaml").toAbsolutePath().getParent())
 *         .code("OrdersFunction", props);
 * }</pre>
 */
final class CodeLocations {

    private final Resolver resolver;
    private final Path baseDirectory;
    private final Map<Path, FunctionCode> projectCode;

    CodeLocations(Resolver resolver, Path baseDirectory) {
        this(resolver, baseDirectory, Map.of());
    }

    /** @param projectCode the code a build tool gives for Maven projects' folders, which wins over what the folder holds */
    CodeLocations(Resolver resolver, Path baseDirectory, Map<Path, FunctionCode> projectCode) {
        this.resolver = resolver;
        this.baseDirectory = baseDirectory;
        this.projectCode = projectCode;
    }

    FunctionCode code(String logicalId, Props p) {
        boolean sam = FunctionReader.SAM_FUNCTION.equals(resolver.stack().type(logicalId));
        Path location = sam ? samCode(logicalId, p) : cfnCode(logicalId, p);
        FunctionCode code = local(location, p.path(sam ? "CodeUri" : "Code"));
        List<Path> layers = new ArrayList<>();
        List<Object> raw = p.raw("Layers") instanceof List<?> list ? new ArrayList<>(list) : List.of();
        for (int i = 0; i < raw.size(); i++) {
            layers.add(layer(raw.get(i), p.path("Layers") + "[" + i + "]"));
        }
        return layers.isEmpty() ? code : code.withLayers(layers.toArray(Path[]::new));
    }

    private Path samCode(String logicalId, Props p) {
        if (p.has("InlineCode")) {
            throw new InvalidTemplateException(p.path("InlineCode"), source() + ": function " + logicalId + " has"
                    + " InlineCode, which Lambda's Java runtimes cannot run (they load classes, not source). Give its"
                    + " code with CodeUri.");
        }
        Object uri = p.get("CodeUri");
        if (uri == null) {
            return baseDirectory; // SAM CLI builds the template's own folder when CodeUri is absent
        }
        if (uri instanceof String text && !text.startsWith("s3://")) {
            return baseDirectory.resolve(text);
        }
        throw notLocal(logicalId, p.path("CodeUri"), Expressions.show(uri));
    }

    private Path cfnCode(String logicalId, Props p) {
        Object metadata = resolver.stack().attribute(logicalId, "Metadata");
        // The CDK writes where an asset's folder is; SAM CLI reads the same key.
        if (metadata instanceof Map<?, ?> m && m.get("aws:asset:path") instanceof String asset
                && "Code".equals(m.get("aws:asset:property"))) {
            return baseDirectory.resolve(asset);
        }
        // A local path, as `aws cloudformation package` takes it before it uploads the code.
        if (p.raw("Code") instanceof String text && !text.startsWith("s3://")) {
            return baseDirectory.resolve(text);
        }
        Props code = p.props("Code");
        if (code.has("ZipFile")) {
            throw new InvalidTemplateException(code.path("ZipFile"), source() + ": function " + logicalId + " has its"
                    + " code inline (Code.ZipFile), which Lambda's Java runtimes cannot run. Give a deployment package.");
        }
        throw notLocal(logicalId, p.path("Code"), Expressions.show(p.raw("Code")));
    }

    private Path layer(Object raw, String path) {
        if (raw instanceof Map<?, ?> map && map.get("Ref") instanceof String id && isLayer(id)) {
            Props layer = new Props(resolver, new Props.Reading(true), "Resources." + id + ".Properties",
                    resolver.stack().properties(id));
            Object metadata = resolver.stack().attribute(id, "Metadata");
            if (metadata instanceof Map<?, ?> m && m.get("aws:asset:path") instanceof String asset) {
                return baseDirectory.resolve(asset);
            }
            Object content = layer.get("ContentUri");
            if (content instanceof String text && !text.startsWith("s3://")) {
                return existing(baseDirectory.resolve(text), layer.path("ContentUri"));
            }
            throw new InvalidTemplateException(path, source() + ": " + path + " is layer " + id + ", whose content is in"
                    + " AWS (" + Expressions.show(content != null ? content : layer.raw("Content")) + "). Give the"
                    + " layer's folder or .zip to the test instead: FunctionCode.withLayers(...) or"
                    + " @LambdaTest(layers = ...), with the function's code.");
        }
        Object arn = resolver.resolve(raw, path);
        throw new InvalidTemplateException(path, source() + ": " + path + " is layer " + Expressions.show(arn)
                + ", which is in AWS, not on this machine. Give its content (the .zip or the folder holding java/lib)"
                + " to the test with the function's code: FunctionCode.withLayers(...) or @LambdaTest(layers = ...).");
    }

    private boolean isLayer(String id) {
        String type = resolver.stack().type(id);
        return type.equals("AWS::Serverless::LayerVersion") || type.equals("AWS::Lambda::LayerVersion");
    }

    /** The code in a folder, a Maven project's folder, a task root, a jar or a deployment package. */
    private FunctionCode local(Path location, String path) {
        Path code = existing(location, path).toAbsolutePath().normalize();
        try {
            if (Files.isDirectory(code)) {
                if (Files.isRegularFile(code.resolve("pom.xml"))) {
                    return mavenProject(code, path);
                }
                if (Files.isDirectory(code.resolve("lib"))) {
                    return FunctionCode.fromTaskRoot(code);
                }
                return FunctionCode.fromPaths(code);
            }
            String name = code.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".zip") || name.endsWith(".jar")) {
                return FunctionCode.fromDeploymentPackage(code);
            }
        } catch (InvalidFunctionCodeException e) {
            throw new InvalidTemplateException(path, source() + ", " + path + ": " + e.getMessage(), e);
        }
        throw new InvalidTemplateException(path, source() + ": " + path + " is " + code + ", which is neither a folder,"
                + " a .jar nor a .zip. Point it at the function's code.");
    }

    private FunctionCode mavenProject(Path project, String path) {
        FunctionCode given = projectCode.get(project);
        if (given != null) {
            return given;
        }
        if (project.equals(Path.of("").toAbsolutePath().normalize())) {
            return FunctionCode.fromTestClasspath();
        }
        Path classes = project.resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new InvalidTemplateException(path, source() + ": " + path + " is the Maven project " + project
                    + ", which has no target/classes. Build it first (mvn -f " + project.resolve("pom.xml")
                    + " package), or run the test from that project.");
        }
        List<Path> entries = new ArrayList<>(List.of(classes));
        Path dependencies = project.resolve("target/dependency");
        if (Files.isDirectory(dependencies)) {
            try (Stream<Path> jars = Files.list(dependencies)) {
                jars.filter(j -> j.getFileName().toString().endsWith(".jar")).sorted().forEach(entries::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return FunctionCode.fromPaths(entries);
    }

    private Path existing(Path location, String path) {
        if (!Files.exists(location)) {
            throw new InvalidTemplateException(path, source() + ": " + path + " is " + location + ", which does not"
                    + " exist. Build the code there, or correct the path (it is relative to the template's folder, "
                    + baseDirectory + ").");
        }
        return location;
    }

    private InvalidTemplateException notLocal(String logicalId, String path, String location) {
        return new InvalidTemplateException(path, source() + ": function " + logicalId + "'s code is " + location
                + ", which is in AWS, not on this machine. Point " + path.substring(path.lastIndexOf('.') + 1)
                + " at the local code (a folder, a .jar or a .zip), or give the code to the test: FunctionCode.from...,"
                + " @LambdaTest(code = ...) or --classpath.");
    }

    private String source() {
        return "Template " + resolver.stack().source();
    }
}
