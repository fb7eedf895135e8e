package dev.lambdaharness.core.internal.template;

import java.util.List;
import java.util.Map;

/**
 * Whether a property of one resource names a function of the template: {@code !Ref Function},
 * {@code !GetAtt Function.Arn}, or the function's name or ARN (qualified or not) as text, which is
 * how {@code AWS::Lambda::EventSourceMapping}, {@code AWS::Lambda::EventInvokeConfig},
 * {@code AWS::Lambda::Url}, versions and aliases point at their function.
 *
 * <pre>{@code
 * References.refersTo(mapping, "FunctionName", "OrdersFunction", resolver); // true for !Ref OrdersFunction
 * }</pre>
 */
final class References {

    private References() {
    }

    static boolean refersTo(Props p, String property, String functionId, Resolver resolver) {
        Object raw = p.raw(property);
        if (raw instanceof Map<?, ?> map && map.size() == 1) {
            Object ref = map.get("Ref");
            if (ref != null) {
                return functionId.equals(ref);
            }
            Object getAtt = map.get("Fn::GetAtt");
            if (getAtt instanceof List<?> parts && !parts.isEmpty()) {
                return functionId.equals(parts.get(0));
            }
            if (getAtt instanceof String text) {
                return text.startsWith(functionId + ".");
            }
        }
        if (!(raw instanceof String)) {
            return false; // another intrinsic: only a reference to the resource names it for sure
        }
        String text = (String) raw;
        ResourceNames names = resolver.stack().names();
        String path = p.path(property);
        Object name = names.ref(functionId, resolver, path, text);
        Object arn = names.attribute(functionId, "Arn", resolver, path, text);
        return text.equals(name) || text.equals(arn) || (arn instanceof String a && text.startsWith(a + ":"));
    }
}
