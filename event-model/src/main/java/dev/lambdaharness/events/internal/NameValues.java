package dev.lambdaharness.events.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Ordered, repeatable name-value pairs, as HTTP headers and query parameters are; immutable, so
 * builders can share them between copies.
 */
public final class NameValues {

    private static final NameValues EMPTY = new NameValues(List.of());

    private final List<Map.Entry<String, String>> entries;

    private NameValues(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
    }

    /** @return no pairs */
    public static NameValues empty() {
        return EMPTY;
    }

    /** @return the entries of {@code map}, in its iteration order */
    public static NameValues of(Map<String, String> map) {
        return new NameValues(map.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }

    /** @return these pairs and then {@code name=value} */
    public NameValues with(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(entries);
        more.add(Map.entry(name, value));
        return new NameValues(List.copyOf(more));
    }

    /** @return these pairs without any named {@code name}, ignoring case */
    public NameValues without(String name) {
        return new NameValues(entries.stream().filter(e -> !e.getKey().equalsIgnoreCase(name)).toList());
    }

    /** @return {@code defaults} whose names, ignoring case, are not among these pairs, then these pairs */
    public NameValues after(NameValues defaults) {
        List<Map.Entry<String, String>> merged = new ArrayList<>();
        for (Map.Entry<String, String> entry : defaults.entries) {
            if (!has(entry.getKey())) {
                merged.add(entry);
            }
        }
        merged.addAll(entries);
        return new NameValues(List.copyOf(merged));
    }

    /** @return whether a pair is named {@code name}, ignoring case */
    public boolean has(String name) {
        return entries.stream().anyMatch(e -> e.getKey().equalsIgnoreCase(name));
    }

    /** @return whether there are no pairs */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** @return these pairs with their names changed by {@code names}, such as to lower case */
    public NameValues renamed(UnaryOperator<String> names) {
        return new NameValues(entries.stream().map(e -> Map.entry(names.apply(e.getKey()), e.getValue())).toList());
    }

    /** @return these pairs with names in lower case, as HTTP/2 and ALB deliver headers */
    public NameValues lowerCaseNames() {
        return renamed(name -> name.toLowerCase(Locale.ROOT));
    }

    /** @return these pairs with their values changed by {@code values}, such as URL-encoded */
    public NameValues revalued(UnaryOperator<String> values) {
        return new NameValues(entries.stream().map(e -> Map.entry(e.getKey(), values.apply(e.getValue()))).toList());
    }

    /** @return each name once, in order of first appearance, with its last value */
    public Map<String, String> last() {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** @return each name once, in order of first appearance, with all its values */
    public Map<String, List<String>> all() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        entries.forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** @return each name once with its values joined by {@code separator} */
    public Map<String, String> joined(String separator) {
        Map<String, String> out = new LinkedHashMap<>();
        all().forEach((name, values) -> out.put(name, String.join(separator, values)));
        return out;
    }

    /** @return the pairs as an encoded query string, {@code a=1&b=x%20y} */
    public String queryString() {
        return entries.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** @return {@code text} percent-encoded for a URL query, a space as {@code %20} */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
