package dev.lambdaharness.events.serialization;

/**
 * A throwable of ours that stands for one the RIC raises from its own classes (which must not be
 * loaded here): it reports, and prints, under the RIC's class name.
 *
 * <pre>{@code
 * String errorType = t instanceof RicThrowable ric ? ric.ricClassName() : t.getClass().getName();
 * }</pre>
 */
public interface RicThrowable {

    /** @return the fully qualified name of the RIC class this throwable stands for */
    String ricClassName();
}
