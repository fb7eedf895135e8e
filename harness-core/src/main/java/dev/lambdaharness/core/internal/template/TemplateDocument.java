package dev.lambdaharness.core.internal.template;

import dev.lambdaharness.core.internal.config.InputFiles;
import dev.lambdaharness.core.template.InvalidTemplateException;
import dev.lambdaharness.internal.jackson.core.JsonProcessingException;
import dev.lambdaharness.internal.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A template's text as a tree of maps, lists, strings, numbers and booleans, read as CloudFormation
 * reads it: JSON first, then YAML, whose short tags become the long form of the intrinsic function
 * ({@code !Ref X} is {@code {"Ref": "X"}}, {@code !Sub s} is {@code {"Fn::Sub": "s"}},
 * {@code !GetAtt A.B.C} is {@code {"Fn::GetAtt": ["A", "B.C"]}}), as aws-cli's template reader does.
 * A YAML reader that drops tags would read {@code !Ref X} as {@code "X"} and be silently wrong.
 *
 * <pre>{@code
 * Map<String, Object> root = TemplateDocument.parse("Resources: {Q: {Type: AWS::SQS::Queue}}", "t.yaml");
 * }</pre>
 */
public final class TemplateDocument {

    /** CloudFormation refuses a key given twice in JSON as in YAML; Jackson would keep the last. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(dev.lambdaharness.internal.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private TemplateDocument() {
    }

    /** Reads a template file. */
    public static Map<String, Object> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidTemplateException("", "Template " + file + " " + InputFiles.problem(file, e)
                    + ". Give the path of a SAM or CloudFormation template (template.yaml or template.json).");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Reads a template's text.
     *
     * @param source where the text came from, for messages
     */
    public static Map<String, Object> parse(String text, String source) {
        Object root;
        if (text.stripLeading().startsWith("{")) {
            try {
                root = JSON.readValue(text, Object.class);
            } catch (JsonProcessingException json) {
                // CloudFormation tries JSON, then YAML, of which a flow mapping is a part.
                try {
                    root = yaml(text, source);
                } catch (InvalidTemplateException yaml) {
                    throw new InvalidTemplateException("", "Template " + source + " is not JSON: "
                            + json.getOriginalMessage() + " at line " + json.getLocation().getLineNr() + ", column "
                            + json.getLocation().getColumnNr() + ". Fix the JSON there, or write the template in YAML.");
                }
            }
        } else {
            root = yaml(text, source);
        }
        if (!(root instanceof Map)) {
            throw new InvalidTemplateException("", "Template " + source + " holds " + describe(root)
                    + ", not a template. A template is a mapping with a Resources section, for example"
                    + " Resources: {OrdersFunction: {Type: AWS::Serverless::Function, Properties: {...}}}.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) root;
        return map;
    }

    private static Object yaml(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        // CloudFormation refuses a mapping with a key twice; a YAML reader that keeps the last would hide it.
        options.setAllowDuplicateKeys(false);
        try {
            return new Yaml(new CloudFormationConstructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? "" : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new InvalidTemplateException("", "Template " + source + " is not YAML: " + problem + where
                    + ". Fix the template there (CloudFormation refuses it too).");
        } catch (YAMLException e) {
            throw new InvalidTemplateException("", "Template " + source + " is not YAML: " + e.getMessage()
                    + ". Fix the template (CloudFormation refuses it too).");
        }
    }

    static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof String) {
            return "the text \"" + value + "\"";
        }
        return value.toString();
    }

    /**
     * SnakeYAML's safe constructor with CloudFormation's short tags, and with what CloudFormation
     * reads as text kept as text: a date ({@code Version: 2012-10-17}) stays the string written.
     */
    private static final class CloudFormationConstructor extends SafeConstructor {

        CloudFormationConstructor(LoaderOptions options) {
            super(options);
            yamlMultiConstructors.put("!", new ShortTag());
            yamlConstructors.put(Tag.TIMESTAMP, new AsText());
            yamlConstructors.put(Tag.MAP, new StringKeyMap());
        }

        /** Keys become text: CloudFormation's keys are strings, also where YAML reads {@code 200:} as a number. */
        private final class StringKeyMap extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                Map<Object, Object> raw = new LinkedHashMap<>();
                MappingNode mapping = (MappingNode) node;
                flattenMapping(mapping);
                constructMapping2ndStep(mapping, raw);
                Map<String, Object> map = new LinkedHashMap<>();
                raw.forEach((k, v) -> map.put(String.valueOf(k), v));
                return map;
            }
        }

        private final class AsText extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                return ((ScalarNode) node).getValue();
            }
        }

        /** {@code !Ref} and {@code !Condition} keep their names, every other tag becomes {@code Fn::<Tag>}. */
        private final class ShortTag extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String tag = node.getTag().getValue().substring(1);
                String key = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                Object value;
                if (node instanceof ScalarNode scalar) {
                    value = scalar.getValue();
                    if (tag.equals("GetAtt")) {
                        String text = (String) value;
                        int dot = text.indexOf('.');
                        value = dot < 0 ? text : new ArrayList<>(List.of(text.substring(0, dot), text.substring(dot + 1)));
                    }
                } else if (node instanceof SequenceNode sequence) {
                    value = constructSequence(sequence);
                } else {
                    MappingNode mapping = (MappingNode) node;
                    mapping.setTag(Tag.MAP);
                    value = constructObject(mapping);
                }
                Map<String, Object> intrinsic = new LinkedHashMap<>();
                intrinsic.put(key, value);
                return intrinsic;
            }
        }
    }
}
