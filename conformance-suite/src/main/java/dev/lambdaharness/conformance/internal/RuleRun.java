package dev.lambdaharness.conformance.internal;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.lambdaharness.conformance.CheckResult;
import dev.lambdaharness.conformance.Outcome;
import dev.lambdaharness.conformance.Severity;
import dev.lambdaharness.conformance.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of {@code LambdaRules} evaluated for one function, each to a {@link CheckResult}:
 * the classes of the function's class directories in the handler's package (and below) are
 * imported, and each rule is built for the function's handler string. A finding or a suppression
 * of another handler class (another function's, or any class there implementing a handler
 * interface) is that handler's, not this function's.
 *
 * <pre>{@code
 * List<CheckResult> results = new RuleRun().results("create-order", "com.example.CreateOrder", code.functionEntries(), Set.of());
 * }</pre>
 */
public final class RuleRun {

    private static final String REQUEST_HANDLER = "com.amazonaws.services.lambda.runtime.RequestHandler";
    private static final String REQUEST_STREAM_HANDLER = "com.amazonaws.services.lambda.runtime.RequestStreamHandler";

    /** Imports of a package's classes, kept for one suite run: each function's rules and suppressions read them. */
    private final Map<List<Object>, JavaClasses> imports = new java.util.HashMap<>();

    /** A run of the rules for one suite run; not thread-safe. */
    public RuleRun() {
    }

    /**
     * @param otherHandlerClasses the handler classes of the suite's other functions
     * @return one result per rule, or one NOT_RUN result when the code has no class directory
     */
    public List<CheckResult> results(String function, String handler, List<Path> entries, Set<String> otherHandlerClasses) {
        JavaClasses classes = classes(handler, entries);
        Set<String> others = others(handler, classes, otherHandlerClasses);
        List<CheckResult> results = new ArrayList<>();
        if (classes == null) {
            results.add(new CheckResult(function, "rules", CheckResult.Kind.RULE, Outcome.NOT_RUN, Severity.ERROR,
                    "the rules read class directories, and " + function + "'s code has none in the handler's package:"
                            + " give the function's classes as a directory (target/classes)", List.of()));
            return results;
        }
        String ownClass = handlerClass(handler);
        for (Map.Entry<RuleId, ArchRule> rule : rules(handler).entrySet()) {
            EvaluationResult evaluation = rule.getValue().evaluate(classes);
            List<String> findings = new ArrayList<>();
            for (String detail : evaluation.getFailureReport().getDetails()) {
                if (detail.startsWith(ownClass + ".") || others.stream().noneMatch(other -> detail.startsWith(other + "."))) {
                    findings.add(detail);
                }
            }
            String id = rule.getKey().id();
            if (findings.isEmpty()) {
                results.add(new CheckResult(function, id, CheckResult.Kind.RULE, Outcome.PASSED, Severity.ERROR,
                        "nothing found" , List.of()));
            } else {
                results.add(new CheckResult(function, id, CheckResult.Kind.RULE, Outcome.FAILED, Severity.ERROR,
                        findings.size() + " finding(s): " + firstLine(findings.get(0)), findings));
            }
        }
        return results;
    }

    /** @return every {@code @SuppressLambdaRule} on the classes, methods and fields the rules read for the function */
    public List<Suppression> suppressions(String function, String handler, List<Path> entries, Set<String> otherHandlerClasses) {
        JavaClasses classes = classes(handler, entries);
        List<Suppression> found = new ArrayList<>();
        if (classes == null) {
            return found;
        }
        Set<String> others = others(handler, classes, otherHandlerClasses);
        for (JavaClass type : classes) {
            if (others.contains(type.getName())) {
                continue;
            }
            add(found, function, type.getName(), Suppressions.on(type));
            for (JavaMember member : type.getMembers()) {
                String where = type.getName() + "." + member.getName() + (member instanceof JavaField ? "" : "()");
                add(found, function, where, Suppressions.on(member));
            }
        }
        return found;
    }

    /**
     * The handler classes that are not this function's: the suite's other functions' and every class
     * among the imported ones that implements a handler interface, whose findings are their own.
     */
    private static Set<String> others(String handler, JavaClasses classes, Set<String> otherHandlerClasses) {
        Set<String> others = new java.util.HashSet<>(otherHandlerClasses);
        if (classes != null) {
            for (JavaClass type : classes) {
                if (type.isAssignableTo(REQUEST_HANDLER) || type.isAssignableTo(REQUEST_STREAM_HANDLER)) {
                    others.add(type.getName());
                }
            }
        }
        others.remove(handlerClass(handler));
        return others;
    }

    private static void add(List<Suppression> found, String function, String where, List<Suppressions.Suppression> written) {
        for (Suppressions.Suppression each : written) {
            found.add(new Suppression(function, String.valueOf(each.rule()), where, each.reason() == null ? "" : each.reason()));
        }
    }

    private static Map<RuleId, ArchRule> rules(String handler) {
        RuleFactory factory = new RuleFactory(List.of(handler));
        Map<RuleId, ArchRule> rules = new LinkedHashMap<>();
        rules.put(RuleId.CLIENTS_CREATED_DURING_INIT, factory.clientsCreatedDuringInit());
        rules.put(RuleId.NO_SYNCHRONOUS_LAMBDA_INVOKE, factory.noSynchronousLambdaInvoke());
        rules.put(RuleId.NO_SELF_INVOCATION, factory.noSelfInvocation());
        rules.put(RuleId.NO_EXIT, factory.noExit());
        rules.put(RuleId.NO_PRINT_STACK_TRACE, factory.noPrintStackTrace());
        rules.put(RuleId.NO_STATE_BETWEEN_INVOCATIONS, factory.noStateBetweenInvocations());
        rules.put(RuleId.BACKGROUND_WORK_FINISHES, factory.backgroundWorkFinishes());
        rules.put(RuleId.FILES_UNDER_TMP, factory.filesUnderTmp());
        rules.put(RuleId.NO_HARD_CODED_CREDENTIALS, factory.noHardCodedCredentials());
        rules.put(RuleId.CONFIGURATION_IN_ENVIRONMENT, factory.configurationInEnvironment());
        rules.put(RuleId.RESOURCE_NAMES_IN_ENVIRONMENT, factory.resourceNamesInEnvironment());
        rules.put(RuleId.HANDLERS_LOADABLE, factory.handlersLoadable());
        rules.put(RuleId.HANDLER_METHODS_THIN, factory.handlerMethodsThin(RuleFactory.DEFAULT_MAX_HANDLER_INSTRUCTIONS));
        rules.put(RuleId.LOGIC_OUTSIDE_RUNTIME_CLASSES,
                factory.logicOutsideRuntimeClasses(RuleFactory.DEFAULT_MAX_RUNTIME_CLASS_METHOD_INSTRUCTIONS));
        rules.put(RuleId.SUPPRESSIONS_STATE_A_REASON, factory.suppressionsStateAReason());
        return rules;
    }

    private JavaClasses classes(String handler, List<Path> entries) {
        String handlerClass = handlerClass(handler);
        int dot = handlerClass.lastIndexOf('.');
        String packageName = dot < 0 ? "" : handlerClass.substring(0, dot);
        // Only the package's folder is read: a class directory can hold much else (a project's test classes do).
        List<Path> folders = entries.stream().filter(Files::isDirectory).map(dir -> dir.resolve(packageName.replace('.', '/')))
                .filter(Files::isDirectory).toList();
        if (folders.isEmpty()) {
            return null;
        }
        List<Object> key = List.of(folders, packageName);
        if (!imports.containsKey(key)) {
            JavaClasses imported = new ClassFileImporter().importPaths(folders);
            JavaClasses inPackage = packageName.isEmpty() ? imported : imported.that(resideInAPackage(packageName + ".."));
            imports.put(key, inPackage.isEmpty() ? null : inPackage); // null: nothing to read, remembered as well
        }
        return imports.get(key);
    }

    /** @return the class of a handler string */
    public static String handlerClass(String handler) {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
