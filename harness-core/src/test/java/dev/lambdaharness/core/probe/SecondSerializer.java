package dev.lambdaharness.core.probe;

/** A second provider, to make the function offer two. */
public class SecondSerializer extends ProbeSerializer {
}
