package dev.lambdaharness.core.probe;

import java.io.InputStream;

/** (InputStream, T): the RIC's raw-class lookup fails on the type variable and its loader dies. */
public class GenericMethod {
    public <T> String handle(InputStream input, T other) {
        return "x";
    }
}
