package dev.lambdaharness.core.internal.child;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether this machine has the {@code en_US.UTF-8} locale Lambda's image has. Without it a child's
 * {@code LANG=en_US.UTF-8} falls back to the C locale, the JVM's default charset becomes ASCII and
 * the S3 event serializer turns {@code é} into {@code ?}; then {@code LC_ALL=C.UTF-8} is added.
 *
 * <pre>{@code
 * if (!SystemLocale.hasEnUsUtf8()) { environment.put("LC_ALL", "C.UTF-8"); }
 * }</pre>
 */
public final class SystemLocale {

    private static volatile Boolean enUsUtf8;

    private SystemLocale() {
    }

    /** Whether {@code locale -a} lists {@code en_US.UTF-8}; asked once per JVM. */
    public static boolean hasEnUsUtf8() {
        Boolean known = enUsUtf8;
        if (known == null) {
            known = listLocales().lines()
                    .map(line -> line.trim().toLowerCase(Locale.ROOT).replace("-", ""))
                    .anyMatch(line -> line.equals("en_us.utf8"));
            enUsUtf8 = known;
        }
        return known;
    }

    private static String listLocales() {
        try {
            Process process = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
            process.getOutputStream().close();
            try (InputStream in = process.getInputStream()) {
                String output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return "";
                }
                return output;
            }
        } catch (IOException e) {
            return ""; // no locale command: assume the locale is missing and add C.UTF-8
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
